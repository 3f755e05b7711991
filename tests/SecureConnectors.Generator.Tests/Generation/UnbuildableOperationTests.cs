using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Rules.Connectors;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// A connector with operations the generator cannot build still gets a client that compiles: a CS error in generated
/// code would stop the build before the analyzers run, and the user would see neither the SC4xxx that explains it nor
/// any other SC diagnostic of the project.
/// </summary>
public sealed class UnbuildableOperationTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Broken
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("name", Scope = "employees:read")] public string Name { get; init; } = "";
                [Field("tags")] public List<string> Tags { get; init; } = new();
            }

            [Projection(typeof(Employee))]
            public sealed partial record View(string Id, string Name);

            // List<string> is not a projection property type (SC4013): its reader is generated to throw.
            [Projection(typeof(Employee))]
            public sealed partial record Tagged(string Id, List<string> Tags);

            [Connector("broken", BaseUrl = "https://api.example.com/v1/")]
            [Grant("employees:read")]
            [ProviderErrors(CodePath = "error")]
            public partial interface IBroken
            {
                [Get("employees/{id}")] [Header("Authorization", "Bearer x")] Task<View> CredentialHeaderAsync(string id);
                [Get("employees/{id}")] Task<View> BadHeaderAsync(string id, [Header("X-Count")] int count);
                [Get("employees/{id}")] Task<View> GetAsync(string id, CancellationToken cancellationToken = default);
                [Get("employees")] ValueTask<View> UnsupportedReturnAsync([Query] int page = 1);
                [Get("employees/{id}", ResultPath = "data..x")] Task<View?> BadPathAsync(string id);
                [Get("employees")] IAsyncEnumerable<View> NoPagingAsync();
                [Get("employees/{missing}")] Task<View> UnboundAsync(string id, out int count);
                [Get("employees")] Task<T> GenericAsync<T>() where T : class;
                [Get("tagged/{id}")] Task<Tagged> TaggedAsync(string id);
                string Name { get; set; }
                event EventHandler? Changed;
            }

            public static class Elsewhere
            {
                // A plain-http endpoint elsewhere in the project: SC2001 must still be reported.
                public static readonly Uri Endpoint = new Uri("http://api.contoso.com/v1/");
            }
        }
        """;

    [Fact]
    public async Task The_client_compiles_and_the_SC_errors_are_what_the_user_sees()
    {
        var (output, generatorDiagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: true, Source));

        Assert.Empty(generatorDiagnostics);
        Assert.Contains("Acme.Broken.IBroken.Connector.g.cs", sources.Keys);
        var generatedTrees = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).ToHashSet();
        var inGenerated = output.GetDiagnostics().Where(d => d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToList();
        Assert.Empty(inGenerated);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ConnectorDeclarationAnalyzer(), new PlainHttpUrlAnalyzer());
        var reported = await output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        var ids = reported.Select(d => d.Id).ToList();

        Assert.Contains("SC4007", ids);   // ValueTask<View>
        Assert.Contains("SC4021", ids);   // ResultPath "data..x"
        Assert.Contains("SC4018", ids);   // IAsyncEnumerable without paging
        Assert.Contains("SC4005", ids);   // {missing}
        Assert.Contains("SC4003", ids);   // generic method, property, event
        Assert.Contains("SC4013", ids);   // the projection with a List<string>
        Assert.Contains("SC4030", ids);   // [ProviderErrors] without OkPath
        Assert.Contains("SC4032", ids);   // a header that would carry a credential
        Assert.Contains("SC4031", ids);   // a per-call header that is not a string
        Assert.Contains("SC2001", ids);   // the rest of the project is still analyzed
    }

    [Fact]
    public void An_unbuildable_operation_throws_naming_the_diagnostic_and_the_others_are_generated()
    {
        var (_, _, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Source));
        var client = sources["Acme.Broken.IBroken.Connector.g.cs"];

        Assert.Contains("this.invoker.SendAsync(GetAsyncOperation", client);
        Assert.Contains("public global::System.Threading.Tasks.ValueTask<global::Acme.Broken.View> UnsupportedReturnAsync(int page = 1) => throw new global::System.NotSupportedException(\"IBroken.UnsupportedReturnAsync was not generated: see error SC4007, reported on it or on the projection it returns.\");", client);
        Assert.Contains("see error SC4021, reported on it", client);
        Assert.Contains("UnboundAsync(string id, out int count) => throw", client);
        Assert.Contains("global::Acme.Broken.IBroken.GenericAsync<T>() => throw", client);
        // The projection's reader is generated to throw (SC4013 on the projection), so the operation itself is built.
        Assert.Contains("TaggedAsync(string id)", client);
        Assert.Contains("string global::Acme.Broken.IBroken.Name { get => throw", client);
        Assert.Contains("event global::System.EventHandler? global::Acme.Broken.IBroken.Changed { add => throw", client);
    }

    [Theory]
    [InlineData("[Connector(\"hris\", BaseUrl = \"https://api.example.com/\")] public interface IHris", "HrisClient")]
    [InlineData("[Connector(\"\", BaseUrl = \"https://api.example.com/\")] public partial interface IHris", "HrisClient")]
    [InlineData("[Connector(\"hris\", BaseUrl = \"https://api.example.com/\", AuthHeader = \"X Api Key\")] public partial interface IHris", "HrisClient")]
    [InlineData("[Connector(\"hris\", BaseUrl = \"api/v1\")] public partial interface IHris", "HrisClient")]
    public void A_connector_problem_the_client_does_not_depend_on_still_gets_a_client_that_compiles(string declaration, string client)
    {
        var source = """
            using System.Threading.Tasks;
            using SecureConnectors;

            [Resource("employees")] public sealed class Employee { [Field("id")] public string Id { get; init; } = ""; }
            [Projection(typeof(Employee))] public sealed partial record View(string Id);

            """ + declaration + """

            {
                [Get("employees/{id}")] Task<View> GetAsync(string id);
            }

            public static class Use
            {
                public static IHris Make(System.Net.Http.HttpClient http, ICredentialProvider credentials) => new HrisClient(http, credentials);
            }
            """;

        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, source));

        Assert.Empty(diagnostics);
        Assert.Contains("IHris.Connector.g.cs", sources.Keys);
        Assert.Contains("class " + client, sources["IHris.Connector.g.cs"]);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Invalid_regions_roles_and_second_hosts_give_their_SC_errors_and_a_client_that_compiles()
    {
        const string source = """
            using System.IO;
            using System.Threading.Tasks;
            using SecureConnectors;

            [Resource("employees")] public sealed class Employee { [Field("id")] public string Id { get; init; } = ""; }
            [Projection(typeof(Employee))] public sealed partial record View(string Id);

            [Connector("regional")]
            [Region("eu", BaseUrl = "http://api.eu.example.com/")]
            [Region("us", BaseUrl = "https://api.us.example.com/")]
            [Region("us", BaseUrl = "https://api.us2.example.com/")]
            public partial interface IRegional
            {
                [Get("employees/{id}")] Task<View> GetAsync(string id);
                [Delete("employees/{id}")] [Roles] Task DeleteAsync(string id);
                [Get("files/{id}", BaseUrl = "https://files.example.com/")] Task<Stream> FileAsync(string id);
            }

            [Connector("files", BaseUrl = "https://api.example.com/")]
            public partial interface IFiles
            {
                [Get("files/{id}", BaseUrl = "ftp://files.example.com/")] Task<Stream> FileAsync(string id);
            }

            public static class Use
            {
                public static IRegional Make(System.Net.Http.HttpClient http, ICredentialProvider credentials) => new RegionalClient(http, credentials);
                public static IFiles MakeFiles(System.Net.Http.HttpClient http, ICredentialProvider credentials) => new FilesClient(http, credentials);
            }
            """;

        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: true, source));

        Assert.Empty(diagnostics);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("DeleteAsync(string id) => throw", sources["IRegional.Connector.g.cs"]);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ConnectorDeclarationAnalyzer());
        var ids = (await output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync()).Select(d => d.Id).ToList();
        Assert.Equal(2, ids.Count(id => id == "SC4002"));   // the http region URL, the ftp second host
        Assert.Contains("SC4035", ids);                       // "us" twice
        Assert.Contains("SC4036", ids);                       // [Roles] naming nobody
        Assert.Contains("SC4037", ids);                       // a second host on a connector with regions
    }

    [Fact]
    public void A_connector_whose_client_cannot_be_written_is_still_skipped()
    {
        const string source = """
            using SecureConnectors;

            public class Outer
            {
                [Connector("nested", BaseUrl = "https://api.example.com/")]
                private partial interface INested { }
            }
            """;

        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, source));

        Assert.Empty(diagnostics);
        Assert.Empty(sources);
    }
}
