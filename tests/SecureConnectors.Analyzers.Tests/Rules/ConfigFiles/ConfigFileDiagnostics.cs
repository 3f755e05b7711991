using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Rules.ConfigFiles;
using SecureConnectors.Analyzers.Tests.Verifiers;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>Runs SC1003 (or another configuration file analyzer) directly over one file and returns the diagnostics, with their messages, for assertions markup cannot make.</summary>
internal static class ConfigFileDiagnostics
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(string path, string content) => RunAsync(path, content, new ConfigFileSecretAnalyzer());

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(string path, string content, DiagnosticAnalyzer analyzer)
    {
        var compilation = CSharpCompilation.Create(
            "Payroll",
            new[] { CSharpSyntaxTree.ParseText("internal static class Program { }") },
            TestReferences.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new SecureConnectors.Analyzers.Tests.Infrastructure.InMemoryAdditionalText(path, content)));
        var exceptions = new System.Collections.Concurrent.ConcurrentBag<System.Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(options, (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Xunit.Assert.Empty(exceptions); // what would be AD0001 in a build
        return diagnostics;
    }
}
