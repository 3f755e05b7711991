using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecureConnectors.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers over code as it is being typed (syntax errors, missing members) and returns what they report.
/// An analyzer that throws shows up as AD0001; the callers assert there is none.
/// </summary>
public static class IncompleteCode
{
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, params DiagnosticAnalyzer[] analyzers) =>
        AnalyzeAtAsync("Typing.cs", source, analyzers);

    /// <summary>The same, for code in a test project's folder (rules that judge test code on their own terms).</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeTestCodeAsync(string source, params DiagnosticAnalyzer[] analyzers) =>
        AnalyzeAtAsync("Contoso.Tests/Typing.cs", source, analyzers);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAtAsync(string path, string source, DiagnosticAnalyzer[] analyzers)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: path);
        var compilation = CSharpCompilation.Create(
            "Typing",
            new[] { tree },
            TestReferences.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers.ToImmutableArray(), options).GetAnalyzerDiagnosticsAsync();
        Xunit.Assert.Empty(exceptions);
        Xunit.Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
