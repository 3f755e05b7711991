using System.Collections.Immutable;
using System.Threading.Tasks;

namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// The shape every SecureConnectors code fix shares: it fixes one diagnostic ID, Fix All batches the single fixes
/// unless a provider says otherwise, and each diagnostic's node is looked up once and handed to <see cref="Offers"/>
/// together with its document, root and semantic model (a <see cref="FixSite"/>). The code actions that come back are
/// registered for that diagnostic. What stays in a provider is what is its own: which nodes it fixes and the edit.
/// </summary>
/// <remarks>
/// Public because the exported providers deriving from it are public; nothing outside this assembly can derive from
/// it (<c>private protected</c> constructor), so it adds no API a user could build on.
/// </remarks>
public abstract class RuleCodeFixProvider : CodeFixProvider
{
    private protected RuleCodeFixProvider(string diagnosticId)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    // Each single fix edits its own node; the batch fixer merges their text changes.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (ReportedNode(root, diagnostic) is not { } node)
            {
                continue;
            }

            var site = new FixSite(document, root, model, diagnostic, node, context.CancellationToken);
            foreach (var action in await OffersAsync(site).ConfigureAwait(false))
            {
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    /// <summary>The node a fix starts from: by default the innermost node at the diagnostic's span.</summary>
    private protected virtual SyntaxNode? ReportedNode(SyntaxNode root, Diagnostic diagnostic) =>
        FixSite.NodeAt(root, diagnostic.Location.SourceSpan);

    /// <summary>The fixes for one diagnostic, none where no safe edit exists; made with <see cref="FixSite"/>'s factories.</summary>
    private protected abstract IEnumerable<CodeAction> Offers(FixSite site);

    /// <summary>For a provider that must look further than the document (find references) before it offers anything.</summary>
    private protected virtual Task<IEnumerable<CodeAction>> OffersAsync(FixSite site) => Task.FromResult(Offers(site));
}
