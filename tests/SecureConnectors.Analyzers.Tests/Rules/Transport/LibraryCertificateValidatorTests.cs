using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using SecureConnectors.CodeFixes.Rules.Transport;
using Xunit;
using FixVerify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.CertificateValidationDisabledAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.CertificateValidationDisabledCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2002 for validators a library ships ready-made and hands to a method named like certificate validation
/// (Elasticsearch's <c>settings.ServerCertificateValidationCallback(CertificateValidations.AllowAll)</c>): their
/// body is in metadata, so their name says what they do. The fix removes the installing call: alone, or from a
/// fluent chain whose calls return the settings.
/// </summary>
public sealed class LibraryCertificateValidatorTests
{
    // A stand-in for the search client's assembly, compiled to metadata so that the validators' bodies cannot be read.
    private static readonly MetadataReference SearchClient = Compile("""
        using System;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        namespace Contoso.Search
        {
            public static class CertificateValidations
            {
                public static bool AllowAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => true;
                public static bool DenyAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => false;
                public static Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool> AuthorityIsRoot(X509Certificate ca) => (_, _, _, e) => e == SslPolicyErrors.None;
            }

            public sealed class ConnectionSettings
            {
                public ConnectionSettings ServerCertificateValidationCallback(Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool> callback) => this;
                public bool TryServerCertificateValidationCallback(Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool> callback) => true;
                public ConnectionSettings DefaultIndex(string index) => this;
            }
        }
        """);

    private const string Usings = "using System;\nusing System.Net.Security;\nusing System.Security.Cryptography.X509Certificates;\nusing Contoso.Search;\n\n";

    [Fact]
    public Task Reports_a_library_validator_named_to_accept_all() =>
        VerifyAsync(Usings + """
            class Search
            {
                ConnectionSettings Fluent() => new ConnectionSettings().ServerCertificateValidationCallback({|#0:CertificateValidations.AllowAll|}).DefaultIndex("people");
                void Statement(ConnectionSettings s) { s.ServerCertificateValidationCallback([|CertificateValidations.AllowAll|]); }
                ConnectionSettings Denies() => new ConnectionSettings().ServerCertificateValidationCallback(CertificateValidations.DenyAll);
                ConnectionSettings Pinned(X509Certificate ca) => new ConnectionSettings().ServerCertificateValidationCallback(CertificateValidations.AuthorityIsRoot(ca));
                ConnectionSettings Lambda() => new ConnectionSettings().ServerCertificateValidationCallback([|(o, c, ch, e) => true|]);
                ConnectionSettings Checked() => new ConnectionSettings().ServerCertificateValidationCallback((o, c, ch, e) => e == SslPolicyErrors.None);
            }
            """,
            new DiagnosticResult("SC2002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("'callback'", "'CertificateValidations.AllowAll' accepts every certificate"));

    [Fact]
    public async Task Removes_the_installing_call_alone_or_from_a_fluent_chain()
    {
        var test = new FixVerify.Test
        {
            TestCode = Usings + """
                class Search
                {
                    ConnectionSettings Fluent() => new ConnectionSettings()
                        .ServerCertificateValidationCallback([|CertificateValidations.AllowAll|])
                        .DefaultIndex("people");
                    ConnectionSettings Lambda() => new ConnectionSettings().ServerCertificateValidationCallback([|(o, c, ch, e) => true|]).DefaultIndex("people");
                    void Statement(ConnectionSettings s)
                    {
                        s.ServerCertificateValidationCallback([|CertificateValidations.AllowAll|]);
                    }
                }
                """,
            FixedCode = Usings + """
                class Search
                {
                    ConnectionSettings Fluent() => new ConnectionSettings()
                        .DefaultIndex("people");
                    ConnectionSettings Lambda() => new ConnectionSettings().DefaultIndex("people");
                    void Statement(ConnectionSettings s)
                    {
                    }
                }
                """,
        };
        AddSearchClient(test.TestState, test.FixedState, test.BatchFixedState);
        await test.RunAsync();
    }

    [Fact]
    public async Task Offers_no_fix_when_the_call_returns_something_else()
    {
        const string Source = Usings + """
            class Search
            {
                bool Installed(ConnectionSettings s) => s.TryServerCertificateValidationCallback([|CertificateValidations.AllowAll|]);
            }
            """;
        var test = new FixVerify.Test { TestCode = Source, FixedCode = Source };
        AddSearchClient(test.TestState, test.FixedState, test.BatchFixedState);
        await test.RunAsync();
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<CertificateValidationDisabledAnalyzer>.Test { TestCode = source };
        test.TestState.AdditionalReferences.Add(SearchClient);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static void AddSearchClient(params SolutionState[] states)
    {
        foreach (var state in states)
        {
            state.AdditionalReferences.Add(SearchClient);
        }
    }

    private static MetadataReference Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Contoso.Search",
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
