using System.Collections;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Generator;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>An edit that touches no connector regenerates nothing; an edit to one connector regenerates only it.</summary>
public sealed class IncrementalGenerationTests
{
    [Fact]
    public void An_unrelated_edit_leaves_every_step_and_output_cached()
    {
        var compilation = GeneratorHarness.Compile(true, Declarations.AcmeHris, Declarations.HelpDesk, Declarations.Tracker, Declarations.Payments, Declarations.StripeRequests, Declarations.Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = GeneratorHarness.ReplaceSource(compilation, 5, Declarations.Unrelated.Replace("return 1;", "return 2;"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Connectors, TrackingNames.Projections, TrackingNames.ConnectorsWithOptions, TrackingNames.Enums })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    // A new compilation in which a file with no connector gained a type and a member. A declaration changed, so
    // every declaration is parsed again (ParseReuseAcrossEditsTests covers the keystrokes that change none), but
    // every model the parses return must equal the last one, so nothing downstream reruns and no source is
    // regenerated, the assembly manifest included.
    [Fact]
    public void A_declaration_edit_in_a_file_with_no_connector_regenerates_nothing()
    {
        var compilation = GeneratorHarness.Compile(true, Declarations.AcmeHris, Declarations.HelpDesk, Declarations.Tracker, Declarations.Payments, Declarations.StripeRequests, Declarations.Unrelated);
        var properties = new System.Collections.Generic.Dictionary<string, string> { ["SecureConnectorsManifest"] = "true" };
        var driver = GeneratorHarness.CreateDriver(properties).RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("SecureConnectors.Manifest.g.cs", System.StringComparison.Ordinal));

        var edited = GeneratorHarness.ReplaceSource(compilation, 5, Declarations.Unrelated.Replace("public static int Ticks()", "public static string Name() => \"clock\";\n\n        public static int Ticks()") + "\nnamespace Acme.Other { public sealed class Stopwatch2 { } }\n");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[]
        {
            TrackingNames.Connectors, TrackingNames.Projections, TrackingNames.GenerationTarget, TrackingNames.ConnectorsWithOptions,
            TrackingNames.Enums, TrackingNames.ManifestSwitch, TrackingNames.AssemblyManifest,
        })
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        var generated = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(generated);
        Assert.All(generated, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_connector_regenerates_only_that_connector()
    {
        var compilation = GeneratorHarness.Compile(true, Declarations.AcmeHris, Declarations.HelpDesk);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var edited = GeneratorHarness.ReplaceSource(compilation, 1, Declarations.HelpDesk.Replace("tickets:read\", \"tickets:write\"", "tickets:write\", \"tickets:read\", \"tickets:admin\""));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var connectorOutputs = result.TrackedSteps[TrackingNames.Connectors].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, connectorOutputs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, connectorOutputs.Count(o => o.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "IHelpDesk.Connector.g.cs" && s.SourceText.ToString().Contains("tickets:admin"));
        Assert.All(result.TrackedSteps[TrackingNames.Projections].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Pipeline_carries_no_symbols_syntax_or_compilations()
    {
        var compilation = GeneratorHarness.Compile(true, Declarations.AcmeHris, Declarations.HelpDesk, Declarations.Tracker, Declarations.Payments, Declarations.StripeRequests);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var step in result.TrackedSteps.Where(s => s.Key is TrackingNames.Connectors or TrackingNames.Projections or TrackingNames.ConnectorsWithOptions))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, step.Key);
            }
        }
    }


    // Walks the object graph: a symbol, node or compilation in a step output would defeat caching and pin memory.
    private static void AssertHoldsNoRoslynObjects(object? value, string path, int depth = 0)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree or Location, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, path + "[]", depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertHoldsNoRoslynObjects(property.GetValue(value), path + "." + property.Name, depth + 1);
        }
    }
}
