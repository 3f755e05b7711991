using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Generator;
using SecureConnectors.Analyzers.Rules.Connectors;
using SecureConnectors.Analyzers.Rules.Scopes;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// The synthetic project as an in-memory compilation, for measuring our analyzers and the generator without a
/// whole <c>dotnet build</c>: the same per-analyzer attribution the compiler's <c>ReportAnalyzer</c> gives
/// (<see cref="CompilationWithAnalyzers"/> with execution times logged), and the per-edit work an editor repeats
/// (a new compilation after a one-file edit, the generator rerun on it, the edited document's diagnostics).
/// </summary>
internal static class AnalyzerCost
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(PlainHttpUrlAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static CSharpCompilation Compilation(int files, bool declarations)
    {
        var trees = new List<SyntaxTree>();
        var sources = SyntheticConnectorProject.Generate(files);
        for (var i = 0; i < sources.Count; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(sources[i], ParseOptions, $"/synthetic/Partner{i}Connector.cs"));
        }

        if (declarations)
        {
            for (var i = 0; i < files / 10; i++)
            {
                trees.Add(CSharpSyntaxTree.ParseText(SyntheticDeclarations.File(i), ParseOptions, $"/synthetic/Partner{i}Declared.cs"));
            }
        }

        return CSharpCompilation.Create(
            "SyntheticConnectors",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static Compilation WithGenerated(Compilation compilation)
    {
        CSharpGeneratorDriver.Create(new[] { new ConnectorGenerator().AsSourceGenerator() }, parseOptions: ParseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>Execution time per analyzer over the whole compilation, as ReportAnalyzer attributes it.</summary>
    public static Dictionary<string, TimeSpan> AnalyzerTimes(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(failures[0].ToString());
        }

        var times = new Dictionary<string, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            times[analyzer.GetType().Name] = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        return times;
    }

    /// <summary>
    /// <c>--analyzer-times [files] [repeats]</c>: per-analyzer times with and without the declaration files, each
    /// repeat on a fresh compilation (nothing cached from the previous one), plus the generator's time.
    /// </summary>
    public static void Report(int files, int repeats, string? only)
    {
        var analyzers = only is null ? AllAnalyzers : AllAnalyzers.Where(a => a.GetType().Name.Contains(only, StringComparison.Ordinal)).ToImmutableArray();
        foreach (var declarations in new[] { false, true })
        {
            for (var run = 0; run <= repeats; run++)
            {
                var compilation = Compilation(files, declarations);
                var clock = Stopwatch.StartNew();
                var generated = WithGenerated(compilation);
                var generator = clock.Elapsed;
                var times = AnalyzerTimes(generated, analyzers, concurrent: false);
                var label = run == 0 ? "warmup" : "run " + run;
                Console.WriteLine($"declarations={declarations} {label}: generator {generator.TotalMilliseconds:F0} ms; "
                    + string.Join("; ", times.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value.TotalMilliseconds:F0} ms")));
            }
        }
    }

    /// <summary>
    /// <c>--edit-cost [files] [edits]</c>: what one keystroke in a file with no connector costs after the first
    /// compilation: the generator driver advanced to the edited compilation (as the IDE does) and our analyzers on
    /// the edited document, with and without the declaration files.
    /// </summary>
    /// <remarks>
    /// With <paramref name="wholeProject"/> each edit is followed by what csharp-ls does for it: every compiler and
    /// analyzer diagnostic of the whole compilation (<c>GetAllDiagnosticsAsync</c>), timed in CPU as well as wall time.
    /// With <paramref name="connectorAnalyzersOnly"/> as well, only the two analyzers that parse connector declarations
    /// (SC3xxx, SC4xxx) run, and only analyzer diagnostics are asked for: what those two cost per edit.
    /// </remarks>
    public static void ReportEditCost(int files, int edits, bool wholeProject = false, bool connectorAnalyzersOnly = false)
    {
        var analyzers = connectorAnalyzersOnly
            ? AllAnalyzers.Where(a => a is ConnectorDeclarationAnalyzer or ConnectorScopeAnalyzer).ToImmutableArray()
            : AllAnalyzers;
        foreach (var declarations in new[] { false, true, false, true })
        {
            var compilation = Compilation(files, declarations);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new ConnectorGenerator().AsSourceGenerator() }, parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            // CPU time as well as wall time: on a loaded machine the first moves far less than the second.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var first = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var firstCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"declarations={declarations}: first generator run (a command-line build's only one) {first.Elapsed.TotalMilliseconds:F0} ms, CPU {firstCpu.TotalMilliseconds:F0} ms");
            var edited = compilation.SyntaxTrees.First();

            // As an editor keeps it: the compilation with the generated documents, updated tree by tree, so that
            // unchanged generated trees are not declared again on every edit.
            var generatedTrees = driver.GetRunResult().GeneratedTrees;
            var withGenerated = compilation.AddSyntaxTrees(generatedTrees);
            var generatorTimes = new List<double>();
            var analyzerTimes = new List<double>();
            var analysisCpuTimes = new List<double>();
            for (var edit = 0; edit < edits; edit++)
            {
                // A keystroke's worth of change where most keystrokes land: a statement inside a method body.
                var text = edited.GetText();
                var source = text.ToString();
                var position = source.IndexOf('{', source.IndexOf("public int Count(string key)", StringComparison.Ordinal)) + 1;
                var newTree = edited.WithChangedText(text.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(position, 0), $"\n var edit{edit} = key.Length;")));
                compilation = compilation.ReplaceSyntaxTree(edited, newTree);
                withGenerated = withGenerated.ReplaceSyntaxTree(edited, newTree);
                edited = newTree;

                var clock = Stopwatch.StartNew();
                driver = driver.RunGenerators(compilation);
                generatorTimes.Add(clock.Elapsed.TotalMilliseconds);

                var regenerated = driver.GetRunResult().GeneratedTrees;
                for (var i = 0; i < regenerated.Length; i++)
                {
                    if (!ReferenceEquals(regenerated[i], generatedTrees[i]))
                    {
                        withGenerated = withGenerated.ReplaceSyntaxTree(generatedTrees[i], regenerated[i]);
                    }
                }

                generatedTrees = regenerated;
                clock.Restart();
                var analysisCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var withAnalyzers = withGenerated.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                if (wholeProject)
                {
                    _ = connectorAnalyzersOnly
                        ? withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
                        : withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                    analysisCpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - analysisCpu).TotalMilliseconds);
                }
                else
                {
                    var model = withGenerated.GetSemanticModel(edited);
                    withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
                }

                analyzerTimes.Add(clock.Elapsed.TotalMilliseconds);
                if (edit == edits - 1)
                {
                    var perAnalyzer = analyzers.Select(a => (a.GetType().Name, withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime))
                        .OrderByDescending(p => p.ExecutionTime).Take(5);
                    var steps = driver.GetRunResult().Results[0].TrackedSteps
                        .Select(p => (p.Key, p.Value.Sum(step => step.ElapsedTime.TotalMilliseconds)))
                        .OrderByDescending(p => p.Item2).Take(6);
                    Console.WriteLine("  last edit, analyzers: " + string.Join("; ", perAnalyzer.Select(p => $"{p.Item1} {p.ExecutionTime.TotalMilliseconds:F1} ms"))
                        + " | generator steps: " + string.Join("; ", steps.Select(p => $"{p.Key} {p.Item2:F1} ms")));
                }
            }

            Console.WriteLine(wholeProject
                ? $"declarations={declarations}: generator per edit {Summary(generatorTimes)}; whole-project diagnostics per edit {Summary(analyzerTimes)}, CPU {Summary(analysisCpuTimes)}"
                : $"declarations={declarations}: generator per edit {Summary(generatorTimes)}; analyzers on the edited document {Summary(analyzerTimes)}");
        }
    }

    /// <summary>
    /// <c>--sc1001-candidates</c>: how many string literals of each kind of file pass SC1001's syntax-only gate and
    /// so reach its destination lookup, and how many of those sit in an attribute argument.
    /// </summary>
    public static void ReportCandidates()
    {
        foreach (var (label, source) in new[] { ("connector file", SyntheticConnectorProject.Generate(1)[0]), ("declaration file", SyntheticDeclarations.File(0)) })
        {
            var literals = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Where(l => l.Token.Value is string).ToList();
            var candidates = literals.Where(l => SecureConnectors.Analyzers.Rules.Secrets.SecretGate.CouldBeSecret(l.Token.ValueText)).ToList();
            var inAttributes = candidates.Count(l => SecureConnectors.Analyzers.Infrastructure.AttributeArguments.Enclosing(l) is not null);
            Console.WriteLine($"{label}: {literals.Count} string literals, {candidates.Count} pass CouldBeSecret, {inAttributes} of them in attribute arguments: "
                + string.Join(", ", candidates.Select(l => l.Token.ValueText).Distinct().Take(12)));
        }
    }

    private static string Summary(List<double> times)
    {
        // The first two edits warm up; with fewer than three there is nothing steady to report.
        var steady = times.Skip(2).OrderBy(t => t).ToList();
        if (steady.Count == 0)
        {
            return "n/a (fewer than 3 edits)";
        }

        return $"median {steady[steady.Count / 2]:F1} ms (min {steady[0]:F1}, max {steady[^1]:F1}, n={steady.Count})";
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform.Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && !p.Contains("SecureConnectors", StringComparison.Ordinal)
                && !p.Contains("CodeAnalysis", StringComparison.Ordinal) && !p.Contains("BenchmarkDotNet", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(ConnectorAttribute).Assembly.Location));
    }
}
