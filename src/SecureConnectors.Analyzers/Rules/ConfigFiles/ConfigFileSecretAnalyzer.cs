using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// SC1003: a secret written into a configuration file that the project ships or commits: appsettings*.json,
/// launchSettings.json, *.config, read as AdditionalFiles (the package's build files add them). Each string
/// value is judged by its configuration path and content with SC1001's rules (<see cref="ConfigSecretJudge"/>)
/// and reported on its exact span in the file. The message names the path and the kind, never the value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileSecretAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SecretInConfigurationFile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var testProject = TestCode.IsTestProject(start.Compilation);
            var parsed = new ConcurrentDictionary<(string?, string?), SecretOptions>();
            start.RegisterAdditionalFileAction(file => Analyze(file, testProject, parsed));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, bool testProject, ConcurrentDictionary<(string?, string?), SecretOptions> parsed)
    {
        var file = context.AdditionalFile;
        if (!ConfigFileContents.TryRead(file, booleans: false, context.CancellationToken, out var text, out var values))
        {
            return;
        }

        var options = OptionsFor(context, parsed);
        var inTestCode = testProject || TestCode.IsTestPath(file.Path);
        var fileName = ConfigFileKinds.FileName(file.Path);
        // In a test project's configuration, the credentials of a section that points at the test's own server; in
        // appsettings.Development.json, at the developer's own (docker compose's Keycloak on localhost:8080).
        var localSections = inTestCode || ConfigFileKinds.IsDevelopmentSettings(file.Path) ? LocalServerSections.Find(values) : null;
        foreach (var value in values)
        {
            var forLocalServer = localSections is not null && LocalServerSections.Covers(localSections, value.Path);
            if (SaltedHashes.IsStoredVerifier(value, values))
            {
                continue;
            }

            if (ConfigSecretJudge.Judge(value.Path, value.Value, options, inTestCode, forLocalServer) is { } what)
            {
                var location = Location.Create(file.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SecretInConfigurationFile, location, ConfigKeyNames.Display(value.Path), fileName, what));
            }
        }
    }

    // The .editorconfig options that apply to this file ([*.json], [appsettings*.json], [*] or a global config),
    // each distinct pair parsed once per compilation as SC1001 does.
    private static SecretOptions OptionsFor(AdditionalFileAnalysisContext context, ConcurrentDictionary<(string?, string?), SecretOptions> parsed)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.AdditionalFile);
        options.TryGetValue(SecretOptions.NamePatternsKey, out var names);
        options.TryGetValue(SecretOptions.AllowlistKey, out var allowlist);
        var key = (string.IsNullOrWhiteSpace(names) ? null : names, string.IsNullOrWhiteSpace(allowlist) ? null : allowlist);
        return key is (null, null) ? SecretOptions.Default : parsed.GetOrAdd(key, static k => SecretOptions.Parse(k.Item1, k.Item2));
    }
}
