using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.ConfigFiles;
using SecureConnectors.Analyzers.Tests.Verifiers;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>
/// Runs SC1003 over additional files given as markup (the expected spans marked inside the file), beside an
/// empty C# file, optionally with an .editorconfig for every file and another project assembly name.
/// </summary>
internal static class ConfigFileVerifier
{
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<ConfigFileSecretAnalyzer>.Diagnostic("SC1003");

    public static Task VerifyAsync(string path, string markup, params DiagnosticResult[] expected) =>
        VerifyAsync(new[] { (path, markup) }, editorConfig: null, assemblyName: null, expected);

    public static Task VerifyAsync(IEnumerable<(string Path, string Markup)> files, string? editorConfig, string? assemblyName, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileSecretAnalyzer>.Test { TestCode = "internal static class Program { }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Markup));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n" + editorConfig + "\n"));
        }

        if (assemblyName is not null)
        {
            test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
