using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// SC2002 in configuration files: a setting whose name says it turns certificate validation off, set to the value
/// that does (<c>"DangerousAcceptAnyServerCertificate": true</c> in a reverse proxy's cluster configuration,
/// <c>"ValidateCertificates": false</c>, <c>&lt;add key="IgnoreSslErrors" value="true" /&gt;</c>), read from the same
/// AdditionalFiles as SC1003 with the names SC2002 reads in code (<see cref="CertificateTrustSettings"/>). The
/// configuration binder hands the value to the options type that the code never shows, so the file is where it is
/// seen. Test projects' files are left alone, as the same settings in test code are.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileTransportAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (!TestCode.IsTestProject(start.Compilation))
            {
                start.RegisterAdditionalFileAction(Analyze);
            }
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (TestCode.IsTestPath(file.Path) || !ConfigFileContents.TryRead(file, booleans: true, context.CancellationToken, out var text, out var values))
        {
            return;
        }
        foreach (var value in values)
        {
            var setting = value.Path.Count > 0 ? value.Path[value.Path.Count - 1] : null;
            if (!IsBoolean(value.Value, out var set) || CertificateTrustSettings.DisablingValue(setting) != set)
            {
                continue;
            }

            var location = Location.Create(file.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CertificateValidationDisabled,
                location,
                "'" + ConfigKeyNames.Display(value.Path) + "' in " + ConfigFileKinds.FileName(file.Path),
                set ? "the client accepts any server certificate" : "the client does not validate server certificates"));
        }
    }

    private static bool IsBoolean(string value, out bool set)
    {
        var trimmed = value.Trim();
        set = trimmed.Equals("true", StringComparison.OrdinalIgnoreCase);
        return set || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
