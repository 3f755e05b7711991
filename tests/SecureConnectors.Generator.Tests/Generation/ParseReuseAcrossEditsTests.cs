using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Generator;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// An editor advances one generator driver per keystroke. A keystroke inside a method body must not make the generator
/// parse its declarations again; anything that can change how a declaration binds (a constant, a new type, a using,
/// a reference, the options) must.
/// </summary>
public sealed class ParseReuseAcrossEditsTests
{
    // The resource and the constant its scope comes from live in another file than the connector that uses them.
    private const string Resources = """
        using SecureConnectors;

        namespace Acme.Hris
        {
            public static class HrisScopes
            {
                public const string Read = "employees:read";

                public static string Describe() => "scopes v1";
            }

            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("displayName", Scope = HrisScopes.Read)] public string DisplayName { get; init; } = "";
            }
        }
        """;

    private const string Connector = """
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Hris.Connectors
        {
            [Projection(typeof(Employee))]
            public sealed partial record DirectoryEntry(string Id, string DisplayName);

            [Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/")]
            [Grant(HrisScopes.Read)]
            public partial interface IAcmeHris
            {
                [Get("employees/{id}")]
                Task<DirectoryEntry> GetEmployeeAsync(string id, CancellationToken cancellationToken = default);
            }
        }
        """;

    [Fact]
    public void Keystrokes_inside_method_bodies_reuse_every_parse()
    {
        var (generator, driver, compilation) = Start();

        // Three keystrokes: in a file with no declaration, in the resource's own file, and a comment.
        compilation = GeneratorHarness.ReplaceSource(compilation, 2, Declarations.Unrelated.Replace("return 1;", "return 1 + 1;"));
        driver = driver.RunGenerators(compilation);
        compilation = GeneratorHarness.ReplaceSource(compilation, 0, Resources.Replace("\"scopes v1\"", "\"scopes v2\""));
        driver = driver.RunGenerators(compilation);
        compilation = GeneratorHarness.ReplaceSource(compilation, 2, Declarations.Unrelated.Replace("return 1;", "return 1; // soon 2"));
        driver = driver.RunGenerators(compilation);

        Assert.Equal((1, 3), (generator.ConnectorParsesAcrossEdits.Parsed, generator.ConnectorParsesAcrossEdits.Reused));
        Assert.Equal((1, 3), (generator.ProjectionParsesAcrossEdits.Parsed, generator.ProjectionParsesAcrossEdits.Reused));
        Assert.All(driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_changed_constant_in_another_file_is_parsed_again()
    {
        var (generator, driver, compilation) = Start();

        compilation = GeneratorHarness.ReplaceSource(compilation, 0, Resources.Replace("\"employees:read\"", "\"staff:read\""));
        var sources = driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();

        Assert.Equal(2, generator.ConnectorParsesAcrossEdits.Parsed);
        Assert.Contains(sources, s => s.Contains("\"staff:read\""));
        Assert.DoesNotContain(sources, s => s.Contains("\"employees:read\""));
    }

    // The connector's file is untouched, but `Employee` in it now binds to a type with no [Resource]: the projection
    // can no longer be built (SC4xxx reports it), so its reader must become the stub that says so.
    [Fact]
    public void A_new_type_that_changes_what_a_name_binds_to_is_parsed_again()
    {
        var (generator, driver, compilation) = Start();
        Assert.DoesNotContain("cannot be read", ProjectionSource(driver));

        compilation = GeneratorHarness.ReplaceSource(compilation, 2, Declarations.Unrelated + "\nnamespace Acme.Hris.Connectors { public sealed class Employee { } }\n");
        driver = driver.RunGenerators(compilation);

        Assert.Equal(2, generator.ProjectionParsesAcrossEdits.Parsed);
        Assert.Contains("cannot be read", ProjectionSource(driver));
    }

    [Fact]
    public void A_global_using_in_another_file_is_parsed_again()
    {
        var (generator, driver, compilation) = Start();

        compilation = GeneratorHarness.ReplaceSource(compilation, 2, "global using Employee = Acme.Other.Clock;\n" + Declarations.Unrelated);
        driver.RunGenerators(compilation);

        Assert.Equal(2, generator.ProjectionParsesAcrossEdits.Parsed);
        Assert.Equal(2, generator.ConnectorParsesAcrossEdits.Parsed);
    }

    [Fact]
    public void New_references_or_options_are_parsed_again()
    {
        var (generator, driver, compilation) = Start();

        var withReference = compilation.AddReferences(MetadataReference.CreateFromFile(typeof(System.Text.Json.JsonSerializer).Assembly.Location));
        driver = driver.RunGenerators(withReference);
        var withOptions = withReference.WithOptions(((CSharpCompilationOptions)withReference.Options).WithNullableContextOptions(NullableContextOptions.Disable));
        driver.RunGenerators(withOptions);

        Assert.Equal((3, 0), (generator.ConnectorParsesAcrossEdits.Parsed, generator.ConnectorParsesAcrossEdits.Reused));
    }

    [Fact]
    public void An_edit_to_the_declaration_file_is_parsed_again_even_inside_a_body()
    {
        var (generator, driver, compilation) = Start();

        compilation = GeneratorHarness.ReplaceSource(compilation, 1, Connector + "\nnamespace Acme.Hris.Connectors { static class Helper { static int M() { return 2; } } }\n");
        driver.RunGenerators(compilation);

        Assert.Equal((2, 0), (generator.ConnectorParsesAcrossEdits.Parsed, generator.ConnectorParsesAcrossEdits.Reused));
    }

    private static (ConnectorGenerator Generator, GeneratorDriver Driver, Compilation Compilation) Start()
    {
        var compilation = GeneratorHarness.Compile(true, Resources, Connector, Declarations.Unrelated);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var generator = new ConnectorGenerator();
        var driver = GeneratorHarness.CreateDriver(generator).RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("IAcmeHris.Connector.g.cs", System.StringComparison.Ordinal));
        return (generator, driver, compilation);
    }

    private static string ProjectionSource(GeneratorDriver driver) =>
        driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("DirectoryEntry.Projection.g.cs", System.StringComparison.Ordinal)).ToString();
}
