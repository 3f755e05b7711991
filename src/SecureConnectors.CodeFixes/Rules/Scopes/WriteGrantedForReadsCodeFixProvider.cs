using System;
using System.Linq;
using SecureConnectors.Analyzers.Rules.Scopes;

namespace SecureConnectors.CodeFixes.Rules.Scopes;

/// <summary>
/// SC3004: grants the narrower scopes the code uses instead of the broader one that covers them. Each fix rewrites
/// its own literal, so the edits never meet and Fix All batches them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WriteGrantedForReadsCodeFixProvider))]
public sealed class WriteGrantedForReadsCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.WriteGrantedForReads)
{
    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (site.Node is not LiteralExpressionSyntax literal
            || !site.Diagnostic.Properties.TryGetValue(ScopeDiagnosticProperties.Replacement, out var replacement)
            || string.IsNullOrEmpty(replacement))
        {
            yield break;
        }

        var scopes = replacement!.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries);
        yield return site.Edit(
            $"Grant '{replacement}' instead",
            nameof(WriteGrantedForReadsCodeFixProvider),
            editor => GrantArguments.Replace(editor, literal, scopes.ToList()));
    }
}
