using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Configuration;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// SC1002: a URL literal (or interpolated string) that carries a credential in its user-info or in a secret
/// query parameter; also a relative request path or query string (<c>"repos?api_key=..."</c>). A token with a provider's shape in the URL is SC1001's, not reported twice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialInUrlAnalyzer : DiagnosticAnalyzer
{
    internal const string UserInfoStartProperty = "UserInfoStart";
    internal const string UserInfoLengthProperty = "UserInfoLength";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CredentialInUrl);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var allowlist = new AnalyzerOptionCache<SecretOptions>(
                start.Options.AnalyzerConfigOptionsProvider, SecretOptions.AllowlistKey, null, static v => SecretOptions.Parse(null, v));
            var testProject = TestCode.IsTestProject(start.Compilation);
            start.RegisterSyntaxNodeAction(context => Analyze(context, allowlist, testProject), StringLiterals.Kinds);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, AnalyzerOptionCache<SecretOptions> allowlist, bool testProject)
    {
        var text = StringLiterals.TextOf(context.Node, HardcodedSecretAnalyzer.Hole);
        if (text is null || (text.IndexOf("://", System.StringComparison.Ordinal) < 0 && text.IndexOf('?') < 0))
        {
            return;
        }

        if (UrlCredentials.Find(text, HardcodedSecretAnalyzer.Hole, () => testProject || TestCode.IsTestFile(context.Node.SyntaxTree)) is not { } finding)
        {
            return;
        }

        if (ProviderTokenFormats.FindFirst(text) is not null)
        {
            return; // reported as SC1001 with the provider's name
        }

        if (allowlist.For(context.Node.SyntaxTree).IsAllowed(text))
        {
            return; // asked last: the user's allowlist is a regular expression
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(UserInfoStartProperty, finding.UserInfoStart.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add(UserInfoLengthProperty, finding.UserInfoLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CredentialInUrl, context.Node.GetLocation(), properties, finding.Origin, finding.Where));
    }
}
