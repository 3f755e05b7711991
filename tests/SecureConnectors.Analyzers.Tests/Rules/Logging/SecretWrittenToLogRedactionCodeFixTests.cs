using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.Logging;
using SecureConnectors.Analyzers.Tests.Verifiers;
using SecureConnectors.CodeFixes.Rules.Logging;
using Xunit;
using Verifier = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Logging.SecretWrittenToLogAnalyzer,
    SecureConnectors.CodeFixes.Rules.Logging.SecretWrittenToLogCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Logging;

/// <summary>
/// SC5001's second fix, "Redact with 'redactor'", compiled against the real Microsoft.Extensions.Compliance.Abstractions
/// with nullable warnings on: the fixed code must compile without a warning, as a TreatWarningsAsErrors build needs.
/// </summary>
public sealed class SecretWrittenToLogRedactionCodeFixTests
{
    private static readonly MetadataReference Compliance =
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Compliance.Redaction.Redactor).Assembly.Location);

    private const string Field = "private readonly Redactor redactor = NullRedactor.Instance;\n";

    private static string Source(string members) =>
        "using Microsoft.Extensions.Compliance.Classification;\nusing Microsoft.Extensions.Compliance.Redaction;\n" + LoggingSnippets.InLogger(members);

    private static Task VerifyAsync(string members, string fixedMembers, string equivalenceKey = SecretWrittenToLogCodeFixProvider.RedactKey)
    {
        var test = new Verifier.Test
        {
            TestCode = Source(members),
            FixedCode = Source(fixedMembers),
            CodeActionEquivalenceKey = equivalenceKey,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        foreach (var state in new[] { test.TestState, test.FixedState, test.BatchFixedState })
        {
            state.AdditionalReferences.Add(LoggingSnippets.Logging);
            state.AdditionalReferences.Add(Compliance);
        }

        test.SolutionTransforms.Add((solution, projectId) =>
        {
            // Nullable on, so a fix that would add a nullable warning fails; CS1591 (XML comments) is the snippet's, not the fix's.
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            options = options.WithNullableContextOptions(NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("CS1591", ReportDiagnostic.Suppress));
            return solution.WithProjectCompilationOptions(projectId, options);
        });
        return test.RunAsync();
    }

    /// <summary>The redaction fix is not offered: asking for it by its key leaves the code as it is.</summary>
    private static Task VerifyNotOfferedAsync(string members, string equivalenceKey = SecretWrittenToLogCodeFixProvider.RedactKey) =>
        VerifyAsync(members, members, equivalenceKey);

    [Theory]
    [InlineData(
        Field + "void M(string password) => logger.LogWarning($\"Login with {[|password|]} failed\");",
        Field + "void M(string password) => logger.LogWarning($\"Login with {redactor.Redact(password)} failed\");")]
    [InlineData(
        Field + "void M(SecretString secret) => logger.LogInformation(\"Using {Secret}\", [|secret.Reveal()|]);",
        Field + "void M(SecretString secret) => logger.LogInformation(\"Using {Secret}\", redactor.Redact(secret.Reveal()));")]
    [InlineData(
        Field + "void M(Func<SecretString> get) => Console.WriteLine(\"k \" + [|get().Reveal()|]);",
        Field + "void M(Func<SecretString> get) => Console.WriteLine(\"k \" + redactor.Redact(get().Reveal()));")]
    [InlineData(
        Field + "void M(string? password) => Console.WriteLine([|password|]);",
        Field + "void M(string? password) => Console.WriteLine(redactor.Redact(password));")]
    public Task Redacts_with_a_redactor_field(string members, string fixedMembers) =>
        VerifyAsync(members, fixedMembers);

    [Fact]
    public Task Redacts_with_a_redactor_parameter() =>
        VerifyAsync(
            "void M(Redactor emails, DirectoryEntry entry) => logger.LogInformation(\"Mailing {Email}\", [|entry.WorkEmail|]);",
            "void M(Redactor emails, DirectoryEntry entry) => logger.LogInformation(\"Mailing {Email}\", emails.Redact(entry.WorkEmail));");

    [Fact]
    public Task Redacts_with_a_local_from_a_redactor_provider() =>
        VerifyAsync(
            "void M(IRedactorProvider provider, DataClassificationSet personal, string apiToken) { var redactor = provider.GetRedactor(personal); Console.WriteLine([|apiToken|]); }",
            "void M(IRedactorProvider provider, DataClassificationSet personal, string apiToken) { var redactor = provider.GetRedactor(personal); Console.WriteLine(redactor.Redact(apiToken)); }");

    [Fact]
    public Task Redacts_with_a_primary_constructor_parameter() =>
        VerifyAsync(
            "private sealed class Audit(Redactor redactor) { public void M(string password) => Console.WriteLine([|password|]); public string Kind => redactor.GetType().Name; }",
            "private sealed class Audit(Redactor redactor) { public void M(string password) => Console.WriteLine(redactor.Redact(password)); public string Kind => redactor.GetType().Name; }");

    [Fact]
    public Task Logging_the_name_is_still_offered_beside_it() =>
        VerifyAsync(
            Field + "void M(string password) => Console.WriteLine([|password|]);",
            Field + "void M(string password) => Console.WriteLine(nameof(password));",
            nameof(SecretWrittenToLogCodeFixProvider));

    [Fact]
    public Task A_whole_record_goes_through_the_formatting_overload() =>
        VerifyAsync(
            Field + "void M(DirectoryEntry entry) => logger.LogInformation(\"Read {Entry}\", [|entry|]);",
            Field + "void M(DirectoryEntry entry) => logger.LogInformation(\"Read {Entry}\", redactor.Redact(entry));");

    [Fact]
    public Task The_nearest_redactor_wins() =>
        VerifyAsync(
            Field + "void M(Redactor secrets, string password) => Console.WriteLine([|password|]);",
            Field + "void M(Redactor secrets, string password) => Console.WriteLine(secrets.Redact(password));");

    [Fact]
    public Task Equally_near_redactors_are_each_offered_by_name() =>
        VerifyAsync(
            "void M(Redactor emails, Redactor secrets, string password) => Console.WriteLine([|password|]);",
            "void M(Redactor emails, Redactor secrets, string password) => Console.WriteLine(secrets.Redact(password));",
            SecretWrittenToLogCodeFixProvider.RedactKey + ".secrets");

    [Fact]
    public Task Fix_all_redacts_every_value() =>
        VerifyAsync(
            Field + "void M(string password, DirectoryEntry entry) { logger.LogInformation(\"{A} {B}\", [|password|], [|entry.WorkEmail|]); throw new InvalidOperationException(\"for \" + [|options.ApiKey|]); }",
            Field + "void M(string password, DirectoryEntry entry) { logger.LogInformation(\"{A} {B}\", redactor.Redact(password), redactor.Redact(entry.WorkEmail)); throw new InvalidOperationException(\"for \" + redactor.Redact(options.ApiKey)); }");

    [Theory]
    [InlineData("void M(string password) => Console.WriteLine([|password|]);")]
    [InlineData("void M(IRedactorProvider provider, string password) => Console.WriteLine([|password|]);")]
    [InlineData("private readonly Redactor? redactor = NullRedactor.Instance;\nvoid M(string password) => Console.WriteLine([|password|]);")]
    [InlineData(Field + "static void M(string password) => Console.WriteLine([|password|]);")]
    [InlineData(Field + "void M() => Run(static (string password) => Console.WriteLine([|password|]));\nstatic void Run(Action<string> action) => action(\"\");")]
    [InlineData("void M(string password, Redactor[] redactors) { Console.WriteLine([|password|]); var redactor = redactors[0]; Console.WriteLine(redactor); }")]
    [InlineData(Field + "void M(string apiToken) => Console.WriteLine([|apiToken|].Substring(0, 4));")]
    public Task Not_offered_without_a_redactor_the_code_can_call(string members) =>
        VerifyNotOfferedAsync(members);

    // Code as it is being typed: the fixes are offered or not, and applied, without an exception.
    [Theory]
    [InlineData(Field + "void M(string password) => Console.WriteLine(password")]
    [InlineData("void M(Redactor r, string password) { Console.WriteLine(\"k \" + password); r. }")]
    [InlineData("void M(string password) { var redactor = ; Console.WriteLine(password); }")]
    [InlineData("void M(Redactor, string password) => Console.WriteLine(password);")]
    [InlineData("Redactor redactor => ;\nvoid M(string password) => Console.WriteLine($\"{password}\");")]
    [InlineData("void M(string password) { Console.WriteLine(password); Redactor redactor = NullRedactor.Instance }")]
    public async Task Half_typed_code_never_throws(string members)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Typing", LanguageNames.CSharp)
            .WithMetadataReferences(TestReferences.Net80.Add(LoggingSnippets.Logging).Add(Compliance))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var document = project.AddDocument("Typing.cs", Source(members));
        var compilation = await document.Project.GetCompilationAsync();
        var diagnostics = await compilation!
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SecretWrittenToLogAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var logged = diagnostics.Where(d => d.Id == "SC5001").ToList();
        Assert.NotEmpty(logged);

        var provider = new SecretWrittenToLogCodeFixProvider();
        foreach (var diagnostic in logged)
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            Assert.NotEmpty(actions);
            foreach (var action in actions)
            {
                Assert.NotEmpty(await action.GetOperationsAsync(CancellationToken.None));
            }
        }
    }
}
