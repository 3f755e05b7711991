using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SecureConnectors.Analyzers.Generator.Parsing;
using SecureConnectors.Analyzers.Rules.Connectors;
using SecureConnectors.Analyzers.Rules.Scopes;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// An editor such as csharp-ls analyses the whole project on every keystroke. The connector analyzers (SC3xxx, SC4xxx)
/// must then report what they found in the last compilation without parsing the declarations again, with every
/// location in the new compilation; an edit of a declaration's own file parses it again.
/// </summary>
public sealed class AnalyzerParseReuseAcrossEditsTests
{
    // A route parameter that binds to nothing (SC4xxx on the connector) and a projection property that is not a
    // field of its resource (SC4xxx on the projection).
    private const string Declared = """
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Hris
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
            }

            [Projection(typeof(Employee))]
            public sealed partial record BadEntry(string Id, string Missing);

            [Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/")]
            [Grant("employees:read")]
            public partial interface IAcmeHris
            {
                [Get("employees/{id}/{other}")]
                Task<string> GetEmployeeAsync(string id, CancellationToken cancellationToken = default);
            }
        }
        """;

    [Fact]
    public void A_keystroke_in_another_file_reports_the_same_problems_from_the_same_parse()
    {
        var (driver, before) = Start();
        var reportedBefore = Analyze(before);

        var edited = GeneratorHarness.ReplaceSource(Input(before), 1, Declarations.Unrelated.Replace("return 1;", "return 1 + 1;"));
        driver.RunGeneratorsAndUpdateCompilation(edited, out var after, out _);
        var reportedAfter = Analyze(after);

        Assert.Equal(Describe(reportedBefore), Describe(reportedAfter));
        Assert.All(reportedAfter, d => Assert.True(after.ContainsSyntaxTree(d.Location.SourceTree!)));
        Assert.Same(ConnectorParse(before), ConnectorParse(after));
        Assert.Same(ProjectionProblems(before), ProjectionProblems(after));
    }

    [Fact]
    public void An_edit_of_the_declarations_file_parses_again_and_reports_at_the_new_positions()
    {
        var (driver, before) = Start();
        var reportedBefore = Analyze(before);

        var edited = GeneratorHarness.ReplaceSource(Input(before), 0, "// a new first line\n" + Declared);
        driver.RunGeneratorsAndUpdateCompilation(edited, out var after, out _);
        var reportedAfter = Analyze(after);

        Assert.NotSame(ConnectorParse(before), ConnectorParse(after));
        Assert.NotSame(ProjectionProblems(before), ProjectionProblems(after));
        Assert.Equal(
            reportedBefore.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1),
            reportedAfter.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
    }

    // The projection's problem lies in its second part, in another file than the part the parse is keyed by: a
    // keystroke in that file's method body keeps every declaration alike but replaces the tree the problem points into.
    [Fact]
    public void A_problem_in_another_part_of_a_partial_type_is_found_again_when_that_file_changes()
    {
        const string firstPart = """
            using SecureConnectors;

            namespace Acme.Hris
            {
                [Resource("employees")]
                public sealed class Employee
                {
                    [Field("id")] public string Id { get; init; } = "";
                }

                [Projection(typeof(Employee))]
                public sealed partial class SplitEntry
                {
                    public string Id { get; init; } = "";
                }
            }
            """;
        const string secondPart = """
            namespace Acme.Hris
            {
                public sealed partial class SplitEntry
                {
                    public string Missing { get; init; } = "";

                    private static int Count() { return 1; }
                }
            }
            """;
        var input = GeneratorHarness.Compile(true, firstPart, secondPart);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var before, out _);
        var reportedBefore = Analyze(before);
        Assert.Contains(reportedBefore, d => d.Location.SourceTree!.FilePath == "Source1.cs");

        var edited = GeneratorHarness.ReplaceSource(input, 1, secondPart.Replace("return 1;", "return 1 + 1;"));
        driver.RunGeneratorsAndUpdateCompilation(edited, out var after, out _);
        var reportedAfter = Analyze(after);

        Assert.Equal(Describe(reportedBefore), Describe(reportedAfter));
        Assert.All(reportedAfter, d => Assert.True(after.ContainsSyntaxTree(d.Location.SourceTree!)));
    }

    [Fact]
    public void A_problem_found_in_a_tree_the_compilation_no_longer_holds_is_not_reported_again()
    {
        var (_, compilation) = Start();
        var declarations = compilation.SyntaxTrees.First();
        var replaced = compilation.ReplaceSyntaxTree(declarations, CSharpSyntaxTree.ParseText(SourceText.From(Declared), GeneratorHarness.ParseOptions, declarations.FilePath));
        var problem = Diagnostic.Create(new DiagnosticDescriptor("SC9999", "t", "t", "t", DiagnosticSeverity.Warning, true), Location.Create(declarations, new TextSpan(0, 1)));

        Assert.True(DiagnosticLocations.AllIn(new[] { problem }, compilation));
        Assert.False(DiagnosticLocations.AllIn(new[] { problem }, replaced));
    }

    private static (GeneratorDriver Driver, Compilation Output) Start()
    {
        var input = GeneratorHarness.Compile(true, Declared, Declarations.Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        return (driver, output);
    }

    // The user's two files, without the generated ones (the driver adds those again).
    private static Compilation Input(Compilation output) =>
        output.RemoveSyntaxTrees(output.SyntaxTrees.Skip(2));

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ConnectorDeclarationAnalyzer(), new ConnectorScopeAnalyzer());
        var reported = compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Assert.DoesNotContain(reported, d => d.Id == "AD0001");
        Assert.Contains(reported, d => d.Location.SourceSpan.Length > 0 && d.Id.StartsWith("SC4", System.StringComparison.Ordinal));
        return reported.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();
    }

    private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");

    private static ConnectorParses.Result ConnectorParse(Compilation compilation) =>
        ConnectorParses.Get(compilation.GetTypeByMetadataName("Acme.Hris.IAcmeHris")!, KnownTypes.From(compilation), CancellationToken.None);

    private static IReadOnlyList<Diagnostic> ProjectionProblems(Compilation compilation) =>
        ProjectionDiagnostics.Get(compilation.GetTypeByMetadataName("Acme.Hris.BadEntry")!, KnownTypes.From(compilation), CancellationToken.None);
}
