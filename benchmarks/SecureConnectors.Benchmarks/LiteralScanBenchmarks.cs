using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// The syntax-only work every string literal goes through before any semantic question is asked, over all the
/// literals of the 2,000-file synthetic project. Baseline: reading the literals' text.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LiteralScanBenchmarks
{
    private List<string> _literals = new();

    [GlobalSetup]
    public void Setup() =>
        _literals = SyntheticConnectorProject.Generate(2000)
            .SelectMany(source => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            .Where(literal => literal.Token.Value is string)
            .Select(literal => literal.Token.ValueText)
            .ToList();

    [Benchmark(Baseline = true)]
    public int ReadText() => _literals.Sum(static l => l.Length);

    [Benchmark]
    public int SecretContent() => _literals.Count(static l => l.Length >= 6 && Analyzers.Rules.Secrets.SecretContent.Describe(l, '\u0001') is not null);

    [Benchmark]
    public int CouldBeSecret() => _literals.Count(static l => SecretGate.CouldBeSecret(l));

    [Benchmark]
    public int UrlParse() => _literals.Count(static l => PlainTextUrl.MayContainUrl(l) && PlainTextUrl.TryParse(l, out _));
}
