using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Editing;

namespace SecureConnectors.CodeFixes.Rules.Scopes;

/// <summary>
/// SC3002: removes the unused scope from <c>[Grant]</c>, and the attribute when nothing is left in it. Solution-wide:
/// whether the attribute goes depends on every scope removed from it, which one edit must see.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnusedGrantCodeFixProvider))]
public sealed class UnusedGrantCodeFixProvider() : SolutionWideCodeFixProvider(DiagnosticIds.UnusedGrant)
{
    private const string EquivalenceKey = nameof(UnusedGrantCodeFixProvider);

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        yield return ApplyToSite(site, "Remove the unused grant", EquivalenceKey);
    }

    private protected override async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(solution);
        foreach (var group in diagnostics.GroupBy(d => d.Location.SourceTree))
        {
            if (solution.GetDocument(group.Key) is not { } document)
            {
                continue;
            }

            var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
            var literals = group.Select(d => GrantArguments.FindLiteral(documentEditor.OriginalRoot, d)).OfType<LiteralExpressionSyntax>();
            GrantArguments.Remove(documentEditor, literals.ToList());
        }

        return editor.GetChangedSolution();
    }
}
