using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
    public void Nested_projection_reader()
    {
        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Declarations.Tracker));

        Assert.Empty(diagnostics);
        Assert.Equal(
            new[] { "Tracker.ITracker.Connector.g.cs", "Tracker.PersonView.Projection.g.cs", "Tracker.PriorityWireNames.EnumWireNames.g.cs", "Tracker.TicketView.Projection.g.cs" },
            sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Snapshot.Match(sources["Tracker.TicketView.Projection.g.cs"], "Projection", nameof(GeneratedClientSnapshotTests));
        Snapshot.Match(sources["Tracker.PriorityWireNames.EnumWireNames.g.cs"], "EnumWireNames", nameof(GeneratedClientSnapshotTests));
    }

    [Fact]
    public async System.Threading.Tasks.Task An_unsupported_projection_type_is_an_SC4013_error_and_no_CS_error_in_generated_code()
    {
        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: true, Declarations.UnsupportedProjection));

        Assert.Empty(diagnostics);
        Assert.Contains("ItemView.Projection.g.cs", sources.Keys);
        Assert.Contains("throw new global::System.NotSupportedException", sources["ItemView.Projection.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var analyzerDiagnostics = await output
            .WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
                new SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        var error = Assert.Single(analyzerDiagnostics);
        Assert.Equal("SC4013", error.Id);
        Assert.Contains("'Tags'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Envelopes_paging_and_missing_records()
    {
        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Declarations.Payments));

        Assert.Empty(diagnostics);
        Snapshot.Match(sources["Acme.Payments.IPayments.Connector.g.cs"], "Connector", nameof(GeneratedClientSnapshotTests));
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

    [Fact]
    public void Regions_roles_restricted_fields_and_second_hosts()
    {
        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: true, Declarations.Controls));

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Snapshot.Match(sources["Acme.Controls.IRegional.Connector.g.cs"], "Regional", nameof(GeneratedClientSnapshotTests));
        Snapshot.Match(sources["Acme.Controls.IFiles.Connector.g.cs"], "Files", nameof(GeneratedClientSnapshotTests));
    }

    [Fact]
    public void Binary_and_metadata_responses()
    {
        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Declarations.Files));

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Snapshot.Match(sources["Acme.Files.IFiles.Connector.g.cs"], "Connector", nameof(GeneratedClientSnapshotTests));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Generated_code_compiles_without_a_warning(bool withHttpClientFactory)
    {
        foreach (var declaration in new[] { Declarations.AcmeHris, Declarations.HelpDesk, Declarations.Tracker, Declarations.Payments, Declarations.StripeRequests, Declarations.Controls, Declarations.Files })
        {
            var input = GeneratorHarness.Compile(withHttpClientFactory, declaration);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0535"));

            var (output, diagnostics, _) = GeneratorHarness.Run(input);

            Assert.Empty(diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    [Fact]
    public void Invalid_declarations_generate_code_that_compiles_and_do_not_throw()
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

        var (output, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, source));

        // The projection is not partial (SC4010) and is not generated; the connector's client is, with the operation
        // that needs it stubbed and no base URL (SC4002): the build then stops on the SC errors, not on generated code.
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "IBroken.Connector.g.cs" }, sources.Keys);
        Assert.Contains("IBroken.GetAsync was not generated: see error SC4005, SC4006, SC4010, reported on it or on the projection it returns.", sources["IBroken.Connector.g.cs"]);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
    }
}
