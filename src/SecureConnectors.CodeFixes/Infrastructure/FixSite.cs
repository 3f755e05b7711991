using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// One diagnostic where a fix may apply: its document, the root and semantic model the diagnostic was reported
/// against, and the node it points at. Its factories make the code actions, so every one carries its equivalence
/// key (Fix All groups actions by it) and edits the document the diagnostic is in.
/// </summary>
internal sealed class FixSite
{
    public FixSite(Document document, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, SyntaxNode node, CancellationToken cancellationToken)
    {
        Document = document;
        Root = root;
        Model = model;
        Diagnostic = diagnostic;
        Node = node;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public Diagnostic Diagnostic { get; }

    /// <summary>The innermost node at the diagnostic's span (or where the provider said the fix starts).</summary>
    public SyntaxNode Node { get; }

    /// <summary>For work while the fixes are offered; an edit gets the token of its own run.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Replaces <paramref name="node"/> (a node of <see cref="Root"/>) with a replacement computed now.</summary>
    public CodeAction Replace(string title, string equivalenceKey, SyntaxNode node, SyntaxNode replacement) =>
        CodeAction.Create(title, _ => Task.FromResult(Document.WithSyntaxRoot(Root.ReplaceNode(node, replacement))), equivalenceKey);

    /// <summary>Edits through a <see cref="DocumentEditor"/> (removals, insertions that must keep the trivia right).</summary>
    public CodeAction Edit(string title, string equivalenceKey, Action<DocumentEditor> edit) =>
        CodeAction.Create(
            title,
            async cancellationToken =>
            {
                var editor = await DocumentEditor.CreateAsync(Document, cancellationToken).ConfigureAwait(false);
                edit(editor);
                return editor.GetChangedDocument();
            },
            equivalenceKey);

    /// <summary>Any other change of this document.</summary>
    public CodeAction Change(string title, string equivalenceKey, Func<CancellationToken, Task<Document>> change) =>
        CodeAction.Create(title, change, equivalenceKey);

    /// <summary>The innermost node at a span of this root; null where the span is not in it (FindNode would throw).</summary>
    public static SyntaxNode? NodeAt(SyntaxNode root, TextSpan span) =>
        root.FullSpan.Contains(span) ? root.FindNode(span, getInnermostNodeForTie: true) : null;
}
