using SecureConnectors.Analyzers.Rules.Logging;

namespace SecureConnectors.CodeFixes.Rules.Logging;

/// <summary>
/// SC5001: logs the value's name instead of the value (<c>nameof(password)</c>, or <c>"[redacted]"</c> where the
/// value has no name), as the analyzer computed it; offered only where a string fits the position. The log line
/// keeps saying which value was involved, and nothing is lost that a log should have held. Where a
/// Microsoft.Extensions.Compliance <c>Redactor</c> is in scope (see <see cref="RedactorsInScope"/>), also "Redact with
/// 'redactor'": <c>redactor.Redact(value)</c>, which keeps what the configured redactor lets through. An
/// <c>IRedactorProvider</c> alone gets no such fix: it needs a data classification, and SC5001's (a field's
/// <c>DataClass</c>, a secret's name) is not one of the application's taxonomy.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretWrittenToLogCodeFixProvider))]
public sealed class SecretWrittenToLogCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.SecretWrittenToLog)
{
    /// <summary>The redaction fix's key where one redactor is nearest; with several, each adds "." and its name.</summary>
    public const string RedactKey = nameof(SecretWrittenToLogCodeFixProvider) + ".Redact";

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (!site.Diagnostic.Properties.TryGetValue(LogReplacement.Property, out var replacementText) || replacementText is null
            || site.Node is not ExpressionSyntax node
            || node.Span != site.Diagnostic.Location.SourceSpan)
        {
            yield break;
        }

        var replacement = SyntaxFactory.ParseExpression(replacementText).WithTriviaFrom(node);
        var title = replacementText == LogReplacement.Placeholder ? "Log a placeholder instead of the value" : "Log the name instead of the value";
        yield return site.Replace(title, nameof(SecretWrittenToLogCodeFixProvider), node, replacement);

        // One redactor: one key, so Fix All redacts each value with the redactor nearest to it. Several equally near:
        // which one is meant is the user's choice, and Fix All keeps to the one chosen.
        var redactors = RedactorsInScope.Nearest(site.Model, node, site.CancellationToken);
        foreach (var redactor in redactors)
        {
            if (LoggedValueRedaction.Rewrite(site.Model, node, redactor, site.CancellationToken) is { } redacted)
            {
                var key = redactors.Length == 1 ? RedactKey : RedactKey + "." + redactor.Name;
                yield return site.Replace($"Redact with '{redactor.Name}'", key, node, redacted);
            }
        }
    }
}
