using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// What the analyzers add to a compile of a 2,000-file project. Baseline: the compiler binds every file and
/// reports its diagnostics (what csc does before emitting). Measured: the same plus the analyzers, the way the
/// compiler runs them. Parsing and emit are left out of both, which makes the ratio larger, not smaller.
/// Each operation starts from a fresh clone of the compilation, so nothing bound is reused between runs.
/// <see cref="CompileWithEmptyAnalyzer"/> measures what the analyzer driver costs before any rule runs: a real
/// build pays it already for the SDK's own analyzers.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
public class AnalyzerBuildCostBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _transportAnalyzers;
    private ImmutableArray<DiagnosticAnalyzer> _allAnalyzers;

    [Params(2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = SyntheticConnectorProject.Generate(Files)
            .Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"Partner{i}Connector.cs"))
            .ToArray();
        _compilation = CSharpCompilation.Create(
            "SyntheticConnectors",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _transportAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new PlainHttpUrlAnalyzer(),
            new CertificateValidationDisabledAnalyzer(),
            new ObsoleteTlsProtocolAnalyzer());
        _allAnalyzers = _transportAnalyzers.AddRange(new DiagnosticAnalyzer[] { new HardcodedSecretAnalyzer(), new CredentialInUrlAnalyzer() });

        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new System.InvalidOperationException("The synthetic project does not compile: " + errors[0]);
        }
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark]
    public Task<int> CompileWithEmptyAnalyzer() => CompileWith(ImmutableArray.Create<DiagnosticAnalyzer>(new DriverOverheadAnalyzer()));

    [Benchmark]
    public Task<int> CompileWithTransportAnalyzers() => CompileWith(_transportAnalyzers);

    [Benchmark]
    public Task<int> CompileWithAllAnalyzers() => CompileWith(_allAnalyzers);

    private async Task<int> CompileWith(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = _compilation.Clone().WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        return diagnostics.Length;
    }
}
