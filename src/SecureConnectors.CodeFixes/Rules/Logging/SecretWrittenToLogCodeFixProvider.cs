using SecureConnectors.Analyzers.Rules.Logging;

namespace SecureConnectors.CodeFixes.Rules.Logging;

/// <summary>
/// SC5001: logs the value's name instead of the value (<c>nameof(password)</c>, or <c>"[redacted]"</c> where the
/// value has no name), as the analyzer computed it; offered only where a string fits the position. The log line
/// keeps saying which value was involved, and nothing is lost that a log should have held.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretWrittenToLogCodeFixProvider))]
public sealed class SecretWrittenToLogCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.SecretWrittenToLog)
{
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
    }
}
