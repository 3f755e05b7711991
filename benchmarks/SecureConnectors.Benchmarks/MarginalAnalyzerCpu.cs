using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// <c>--marginal-cpu [files] [rounds] [analyzer dll]...</c>: the process CPU time our analyzers add to analysis that
/// binds every method body anyway, as the SDK analyzers of a real build do (<see cref="BindingBaselineAnalyzer"/>).
/// Each configuration (the baseline alone, then the baseline plus the analyzers of each DLL) analyses a fresh clone
/// of the same compilation (the synthetic project plus its generated code), non-concurrently, in rotating order;
/// the difference to the baseline is what our analyzers cost on top of the binding. Several DLL versions load side
/// by side, each in its own load context, so a before and an after build compare in one process under one load.
/// <c>SC_ANALYZER_TIMES=1</c> also prints each analyzer's attributed time (the compiler's ReportAnalyzer figure).
/// </summary>
internal static class MarginalAnalyzerCpu
{
    public static void Report(int files, int rounds, IReadOnlyList<string> analyzerPaths)
    {
        var configurations = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
        {
            ("baseline", ImmutableArray.Create<DiagnosticAnalyzer>(new BindingBaselineAnalyzer())),
        };
        foreach (var path in analyzerPaths)
        {
            configurations.Add((Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))!, Load(path).Add(new BindingBaselineAnalyzer())));
        }

        var compilation = AnalyzerCost.WithGenerated(AnalyzerCost.Compilation(files, declarations: true));
        var cpu = configurations.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            for (var i = 0; i < configurations.Count; i++)
            {
                var (name, analyzers) = configurations[(i + round) % configurations.Count];
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: Environment.GetEnvironmentVariable("SC_ANALYZER_TIMES") == "1", reportSuppressedDiagnostics: false));
                var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                var spent = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
                if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } failure)
                {
                    throw new InvalidOperationException(failure.ToString());
                }

                if (Environment.GetEnvironmentVariable("SC_ANALYZER_TIMES") == "1")
                {
                    var times = analyzers.Select(a => (a.GetType().Name, withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds));
                    Console.WriteLine("    " + string.Join("; ", times.OrderByDescending(t => t.Item2).Select(t => $"{t.Item1} {t.Item2:F0} ms")));
                }

                if (round > 0)
                {
                    cpu[name].Add(spent);
                }

                Console.WriteLine($"round {round}{(round == 0 ? " (warm-up, not counted)" : "")}: {name} {spent:F0} ms CPU, {diagnostics.Length} diagnostics");
            }
        }

        var baseline = cpu["baseline"];
        foreach (var (name, _) in configurations)
        {
            var times = cpu[name];
            var extra = times.Zip(baseline, (t, b) => t - b).ToList();
            Console.WriteLine($"{name}: CPU mean {times.Average():F0} ms (stdev {StdDev(times):F0}); minus baseline of the same round: mean {extra.Average():F0} ms (stdev {StdDev(extra):F0}), per round {string.Join(" ", extra.Select(e => e.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }

    private static double StdDev(List<double> values)
    {
        var mean = values.Average();
        return values.Count < 2 ? 0 : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    private static ImmutableArray<DiagnosticAnalyzer> Load(string path)
    {
        var assembly = new IsolatedLoadContext(Path.GetFullPath(path)).LoadFromAssemblyPath(Path.GetFullPath(path));
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    // Roslyn itself comes from the default context (one copy, shared with the compilation); the analyzer DLL is
    // loaded once per path, so two versions of it can live side by side.
    private sealed class IsolatedLoadContext : AssemblyLoadContext
    {
        private readonly string _path;

        public IsolatedLoadContext(string path)
            : base(path, isCollectible: false) => _path = path;

        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }

    /// <summary>
    /// Stands in for the SDK analyzers of a real build: an operation action makes the driver bind every method
    /// body and build its operation tree, so the configurations with our analyzers pay only for what they add.
    /// </summary>
    // A measuring aid constructed by hand, never shipped or loaded by a compiler: the analyzer-authoring rules
    // (netstandard2.0 target, extended rules, release tracking) are about shipped analyzers.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BindingBaselineAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BASE0001", "never reported", "never reported", "Baseline", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
            context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
