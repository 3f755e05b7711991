using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>The generated text of representative connectors, compared with the snapshots under version control.</summary>
public sealed class GeneratedClientSnapshotTests
{
    [Fact]
    public void Namespaced_connector_with_service_registration()
    {
        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: true, Declarations.AcmeHris));

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "Acme.Hris.DirectoryEntry.Projection.g.cs", "Acme.Hris.IAcmeHris.Connector.g.cs" }, sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Snapshot.Match(sources["Acme.Hris.IAcmeHris.Connector.g.cs"], "Connector", nameof(GeneratedClientSnapshotTests));
        Snapshot.Match(sources["Acme.Hris.DirectoryEntry.Projection.g.cs"], "Projection", nameof(GeneratedClientSnapshotTests));
    }

    [Fact]
    public void Global_namespace_connector_without_service_registration()
    {
        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Declarations.HelpDesk));

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("ServiceCollection", sources["IHelpDesk.Connector.g.cs"]);
        Snapshot.Match(sources["IHelpDesk.Connector.g.cs"], "Connector", nameof(GeneratedClientSnapshotTests));
        Snapshot.Match(sources["TicketSummary.Projection.g.cs"], "Projection", nameof(GeneratedClientSnapshotTests));
    }

    [Fact]
    public void Request_writers_for_form_and_json_bodies_queries_and_catch_all_routes()
    {
        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Declarations.StripeRequests));

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var connector = sources["Acme.Payments.IAcmePayments.Connector.g.cs"];
        Assert.DoesNotContain("SerializeBody", connector);
        Assert.DoesNotContain("System.Reflection", connector);
        Snapshot.Match(connector, "Connector", nameof(GeneratedClientSnapshotTests));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Generated_code_compiles_without_a_warning(bool withHttpClientFactory)
    {
        foreach (var declaration in new[] { Declarations.AcmeHris, Declarations.HelpDesk, Declarations.StripeRequests })
        {
            var input = GeneratorHarness.Compile(withHttpClientFactory, declaration);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0535"));

            var (output, diagnostics, _) = GeneratorHarness.Run(input);

            Assert.Empty(diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    [Fact]
    public void Invalid_declarations_generate_nothing_and_do_not_throw()
    {
        const string source = """
            using System.Threading.Tasks;
            using SecureConnectors;

            [Resource("r")] public class R { [Field("a")] public int A { get; set; } }
            [Projection(typeof(R))] public record NotPartial(int A);

            [Connector("c", BaseUrl = "not a url")]
            public partial interface IBroken
            {
                [Get("items/{missing}")] Task<NotPartial> GetAsync(string id);
            }
            """;

        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, source));

        Assert.Empty(diagnostics);
        Assert.Empty(sources);
    }
}
