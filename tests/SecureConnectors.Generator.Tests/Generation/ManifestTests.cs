using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>The scope manifest: per connector at run time, and per assembly for CI when the build asks for it.</summary>
public sealed class ManifestTests
{
    private const string ManifestFile = "SecureConnectors.Manifest.g.cs";

    private static readonly Dictionary<string, string> SwitchedOn = new() { ["SecureConnectorsManifest"] = "true" };

    [Fact]
    public void The_assembly_manifest_lists_every_connector_sorted()
    {
        var (_, diagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, Declarations.HelpDesk, Declarations.AcmeHris), SwitchedOn);

        Assert.Empty(diagnostics);
        var json = Extract(sources[ManifestFile]);
        Snapshot.Match(json, "Manifest", nameof(ManifestTests), extension: "json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(new[] { "acme-hris", "help-desk" }, document.RootElement.GetProperty("connectors").EnumerateArray().Select(c => c.GetProperty("connector").GetString()));
    }

    [Fact]
    public void Each_operation_says_whether_its_body_is_read_by_a_projection_handed_over_as_bytes_or_not_read()
    {
        using var document = JsonDocument.Parse(SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata.TestStripeFilesManifest.Json);
        var stripe = document.RootElement.GetProperty("operations").EnumerateArray().ToList();
        using var bambooDocument = JsonDocument.Parse(SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata.TestBambooEmployeesManifest.Json);
        var bamboo = bambooDocument.RootElement.GetProperty("operations").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        using var gitHubDocument = JsonDocument.Parse(SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata.TestGitHubFilesManifest.Json);
        var gitHub = gitHubDocument.RootElement.GetProperty("operations").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);

        Assert.All(stripe, o => Assert.Equal("binary", o.GetProperty("response").GetString()));
        Assert.All(stripe, o => Assert.Equal(JsonValueKind.Null, o.GetProperty("projection").ValueKind));
        Assert.Equal("none", bamboo["AddEmployeeAsync"].GetProperty("response").GetString());
        Assert.Equal("projection", bamboo["GetEmployeeAsync"].GetProperty("response").GetString());
        Assert.False(bamboo["GetEmployeeAsync"].GetProperty("returnsList").GetBoolean());
        Assert.True(gitHub["ListIssuesPageAsync"].GetProperty("returnsList").GetBoolean());
        Assert.Equal(new[] { "issues:read" }, gitHub["ListIssuesPageAsync"].GetProperty("scopesNeeded").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Without_the_build_property_there_is_no_assembly_manifest()
    {
        var (_, _, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(true, Declarations.AcmeHris));

        Assert.DoesNotContain(ManifestFile, sources.Keys);
    }

    [Fact]
    public void The_assembly_manifest_is_the_same_whatever_the_order_of_the_sources()
    {
        var one = GeneratorHarness.Run(GeneratorHarness.Compile(true, Declarations.HelpDesk, Declarations.AcmeHris), SwitchedOn).Sources[ManifestFile];
        var other = GeneratorHarness.Run(GeneratorHarness.Compile(true, Declarations.AcmeHris, Declarations.HelpDesk), SwitchedOn).Sources[ManifestFile];

        Assert.Equal(one, other);
    }

    [Fact]
    public void A_connector_manifest_is_available_at_run_time_and_says_which_fields_are_read_with_which_scope()
    {
        using var document = JsonDocument.Parse(TestHrisManifest.Json);
        var root = document.RootElement;

        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("test-hris", root.GetProperty("connector").GetString());
        Assert.Equal("hris.test.example", root.GetProperty("host").GetString());
        Assert.Equal(new[] { "employees:read", "employees:write", "notes:write" }, root.GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString()));
        var operations = root.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(new[] { "AddNoteAsync", "DeleteEmployeeAsync", "GetEmployeeAsync", "ListEmployeesAsync" }, operations.Select(o => o.GetProperty("name").GetString()));
        var delete = operations[1];
        Assert.Equal(("DELETE", "employees/{id}"), (delete.GetProperty("method").GetString(), delete.GetProperty("route").GetString()));
        var projection = Assert.Single(root.GetProperty("projections").EnumerateArray().ToList());
        Assert.Equal("SecureConnectors.Generator.Tests.Connectors.EmployeeView", projection.GetProperty("type").GetString());
        var email = projection.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "email");
        Assert.Equal(("employees:read", "Personal"), (email.GetProperty("scope").GetString(), email.GetProperty("classification").GetString()));
        Assert.DoesNotContain("ssn", TestHrisManifest.Json, StringComparison.Ordinal);
    }

    private static string Extract(string source)
    {
        var start = source.IndexOf(Analyzers.Generator.ConnectorGenerator.ManifestStart, StringComparison.Ordinal) + Analyzers.Generator.ConnectorGenerator.ManifestStart.Length + 1;
        var end = source.IndexOf(Analyzers.Generator.ConnectorGenerator.ManifestEnd, StringComparison.Ordinal);
        return source.Substring(start, end - start);
    }
}
