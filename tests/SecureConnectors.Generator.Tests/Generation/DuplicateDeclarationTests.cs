using System.Linq;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// A connector or projection declared twice (a copied file: CS0101) is parsed once per declaration. The generator must
/// not add two sources of one name, which throws and drops every other output of the run: the project's other clients
/// and readers would vanish and their uses would turn into a cascade of CS errors hiding every SC diagnostic.
/// </summary>
public sealed class DuplicateDeclarationTests
{
    private const string Declarations = """
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Copied
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
            }

            [Projection(typeof(Employee))]
            public sealed partial record View(string Id);

            [Connector("acme", BaseUrl = "https://api.acme.example/")]
            [GrantedScopes("employees:read")]
            public partial interface IAcme
            {
                [Get("employees/{id}")]
                Task<View> GetAsync(string id, CancellationToken cancellationToken = default);
            }
        }
        """;

    private const string Other = """
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Other
        {
            [Resource("teams")]
            public sealed class Team
            {
                [Field("id")] public string Id { get; init; } = "";
            }

            [Projection(typeof(Team))]
            public sealed partial record TeamView(string Id);

            [Connector("other", BaseUrl = "https://api.other.example/")]
            public partial interface IOther
            {
                [Get("teams/{id}")]
                Task<TeamView> GetAsync(string id, CancellationToken cancellationToken = default);
            }
        }
        """;

    [Fact]
    public void A_type_declared_twice_is_generated_once_and_every_other_output_stays()
    {
        var compilation = GeneratorHarness.Compile(withHttpClientFactory: false, Declarations, Declarations, Other);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785"); // "generator failed"
        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Single(hints, h => h == "Acme.Copied.View.Projection.g.cs");
        Assert.Single(hints, h => h == "Acme.Copied.IAcme.Connector.g.cs");
        Assert.Contains("Acme.Other.TeamView.Projection.g.cs", hints);
        Assert.Contains("Acme.Other.IOther.Connector.g.cs", hints);

        // The copy's own errors (CS0101 and the duplicate members it brings) are all the compiler reports; the other
        // connector's client compiles.
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0101");
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error
            && d.Location.SourceTree?.FilePath.Contains("Acme.Other") == true);
    }

    // Source names ignore case, C# names do not: two projections whose names differ only in case are both generated.
    private const string CaseVariants = """
        using SecureConnectors;

        namespace Acme.Cased
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
            }

            [Projection(typeof(Employee))]
            public sealed partial record Row(string Id);

            [Projection(typeof(Employee))]
            public sealed partial record row(string Id);

            public enum Level { Low, High }
            public enum level { Low, High }

            [Resource("alerts")]
            public sealed class Alert
            {
                [Field("level")] public Level Level { get; init; }
                [Field("tier")] public level Tier { get; init; }
            }

            [Projection(typeof(Alert))]
            public sealed partial record AlertView(Level Level, level Tier);
        }
        """;

    [Fact]
    public void Types_whose_names_differ_only_in_case_are_each_generated()
    {
        var compilation = GeneratorHarness.Compile(withHttpClientFactory: false, CaseVariants);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Acme.Cased.Row.Projection.g.cs", hints);
        Assert.Contains("Acme.Cased.row_2.Projection.g.cs", hints);
        Assert.Equal(2, hints.Count(h => h.EndsWith(".EnumWireNames.g.cs", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
