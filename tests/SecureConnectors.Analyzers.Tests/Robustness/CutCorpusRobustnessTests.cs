using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Generator;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Robustness;

/// <summary>
/// Real-shaped code in the states an editor sees it in: every C# and configuration file of the labelled supplement
/// corpus (tests/Corpus.Supplement: connectors, webhooks, tests, settings files of every kind), cut off at a point,
/// with a span taken out, and with a span written twice, each chosen by a seed from the file's path. Every analyzer
/// of the assembly and the generator run over all of it, with concurrent execution on: not one analyzer exception
/// (AD0001) and no generator failure is tolerated.
/// </summary>
public sealed class CutCorpusRobustnessTests
{
    private static readonly string CorpusRoot = RepositoryPaths.Combine("tests", "Corpus.Supplement");

    [Fact]
    public async Task No_analyzer_or_generator_throws_on_cut_corpus_files()
    {
        var files = CorpusFiles();
        Assert.True(files.Count > 200, "expected the supplement corpus, found " + files.Count + " files under " + CorpusRoot);

        var trees = new List<SyntaxTree>();
        var settings = new List<AdditionalText>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(CorpusRoot, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            var variants = Cuts(text, relative);
            for (var i = 0; i < variants.Length; i++)
            {
                // The corpus's folder names (tests/, Tests/) make a file test code, so the test-code paths meet cut code too.
                var path = "/" + Path.ChangeExtension(relative, null) + ".cut" + i + Path.GetExtension(relative);
                if (relative.EndsWith(".cs", StringComparison.Ordinal))
                {
                    trees.Add(CSharpSyntaxTree.ParseText(variants[i], new CSharpParseOptions(LanguageVersion.Latest), path: path));
                }
                else
                {
                    settings.Add(new InMemoryAdditionalText(path, variants[i]));
                }
            }
        }

        var compilation = CSharpCompilation.Create(
            "CutCorpus",
            trees,
            TestReferences.Net80.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create(new[] { new ConnectorGenerator().AsSourceGenerator() }, settings);
        var generated = driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _).GetRunResult();
        Assert.All(generated.Results, result => Assert.True(result.Exception is null, result.Exception?.ToString()));

        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(settings.ToImmutableArray()),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await withGenerated.WithAnalyzers(PackageAnalyzers.All(), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.True(exceptions.IsEmpty, exceptions.Count + " analyzer exceptions; the first: " + exceptions.FirstOrDefault());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        // The cut files still hold what the corpus labels: the analyzers did run over them.
        Assert.Contains(diagnostics, d => d.Id == "SC1003");
        Assert.Contains(diagnostics, d => d.Id == "SC5001");
        Assert.Contains(diagnostics, d => d.Id == "SC2001");
    }

    private static List<string> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusRoot, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".config", StringComparison.Ordinal))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(CorpusRoot, path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Replace('\\', '/').Split('/')[0];
        return first is "bin" or "obj";
    }

    // Cut off, a span taken out, a span written twice: the shapes of text being typed, deleted and pasted.
    private static string[] Cuts(string text, string seedPath)
    {
        if (text.Length < 2)
        {
            return new[] { text };
        }

        var random = new Random(StableHash(seedPath));
        var cut = text.Substring(0, random.Next(1, text.Length));
        var start = random.Next(text.Length);
        var removed = text.Remove(start, Math.Min(text.Length - start, random.Next(1, 400)));
        var from = random.Next(text.Length);
        var to = Math.Min(text.Length, from + random.Next(1, 200));
        var doubled = text.Substring(0, to) + text.Substring(from);
        return new[] { cut, removed, doubled };
    }

    // string.GetHashCode differs per process; the cuts must be the same on every run.
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }

}
