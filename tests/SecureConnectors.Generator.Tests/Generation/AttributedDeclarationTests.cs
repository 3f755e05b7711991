using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// The generator finds its declarations by a syntax test and a semantic check of its own (not by attribute name), so
/// a renamed attribute, a partial type in several parts and a look-alike attribute must each be read as the compiler
/// binds them.
/// </summary>
public sealed class AttributedDeclarationTests
{
    private const string Resource = """
        using SecureConnectors;

        namespace Acme.Hris
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("displayName", Scope = "employees:read")] public string DisplayName { get; init; } = "";
            }
        }
        """;

    [Fact]
    public void Attributes_renamed_by_using_aliases_are_found()
    {
        var declarations = """
            global using Projected = SecureConnectors.ProjectionAttribute;
            using System.Threading.Tasks;
            using Api = SecureConnectors.ConnectorAttribute;
            using SecureConnectors;

            namespace Acme.Hris
            {
                [Projected(typeof(Employee))]
                public sealed partial record DirectoryEntry(string Id, string DisplayName);

                [Api("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/")]
                [Grant("employees:read")]
                public partial interface IAcmeHris
                {
                    [Get("employees/{id}")]
                    Task<DirectoryEntry> GetEmployeeAsync(string id);
                }
            }
            """;

        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, Resource, declarations));

        Assert.Contains("Acme.Hris.IAcmeHris.Connector.g.cs", sources.Keys);
        Assert.Contains("Acme.Hris.DirectoryEntry.Projection.g.cs", sources.Keys);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_partial_type_in_several_attributed_parts_is_generated_once()
    {
        var first = """
            using SecureConnectors;

            namespace Acme.Hris
            {
                [Projection(typeof(Employee))]
                public sealed partial record DirectoryEntry(string Id, string DisplayName);
            }
            """;
        var second = """
            namespace Acme.Hris
            {
                [System.Obsolete("use the staff directory")]
                public sealed partial record DirectoryEntry
                {
                    public string Label => DisplayName;
                }
            }
            """;

        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, Resource, first, second));

        Assert.Equal(new[] { "Acme.Hris.DirectoryEntry.Projection.g.cs" }, sources.Keys.ToArray());
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_attribute_of_the_same_name_from_another_namespace_is_not_ours()
    {
        var lookAlike = """
            namespace Other
            {
                public sealed class ConnectorAttribute : System.Attribute
                {
                    public ConnectorAttribute(string name) { }
                }

                public sealed class ProjectionAttribute : System.Attribute
                {
                    public ProjectionAttribute(System.Type source) { }
                }

                [Projection(typeof(string))]
                public sealed partial record Row(string Id);

                [Connector("crm")]
                public partial interface ICrm
                {
                }
            }
            """;

        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, lookAlike));

        Assert.Empty(sources);
        Assert.Empty(diagnostics);
    }
}
