using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// A hash of what in one syntax tree can change how any declaration binds: every token outside member bodies, every
/// preprocessor directive and the file's path (file-local types are told apart by it). The inside of a method,
/// accessor, operator or constructor body and of a top-level statement is left out: no declaration's type, attribute
/// or constant can depend on it, and it is where most keystrokes land.
/// </summary>
internal static class DeclarationShape
{
    private static readonly ComputedOncePerKey<SyntaxTree, Box> PerTree = new();

    /// <summary>The tree's shape; computed once per tree object (a tree an edit did not touch is reused as is).</summary>
    public static ulong Of(SyntaxTree tree, System.Threading.CancellationToken cancellationToken) =>
        PerTree.Get(tree, cancellationToken, static (tree, cancellationToken) => new Box(Compute(tree, cancellationToken))).Value;

    private static ulong Compute(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
    {
        var hash = StableHash.Create();
        hash.Add(tree.FilePath);
        var root = tree.GetRoot(cancellationToken);

        // DescendantNodesAndTokens walks with its own stack: a deeply nested file cannot overflow ours.
        foreach (var item in root.DescendantNodesAndTokens(static node => !IsSkippedBody(node)))
        {
            if (item.IsToken)
            {
                AddToken(ref hash, item.AsToken());
            }
            else if (IsSkippedBody(item.AsNode()!))
            {
                // Whether a member has a body at all (abstract, partial, extern) is part of its declaration.
                hash.Add(item.RawKind);
            }
        }

        return hash.Value;
    }

    // A body holding a directive is kept whole: `#nullable disable` inside a method changes every declaration after it.
    private static bool IsSkippedBody(SyntaxNode node) =>
        !node.ContainsDirectives
        && node switch
        {
            GlobalStatementSyntax => true,
            BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax,
            _ => false,
        };

    private static void AddToken(ref StableHash hash, SyntaxToken token)
    {
        if (token.ContainsDirectives)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.IsDirective)
                {
                    hash.Add(trivia.ToString());
                }
            }
        }

        hash.Add(token.RawKind);
        hash.Add(token.Text);
    }

    private sealed class Box(ulong value)
    {
        public ulong Value { get; } = value;
    }
}
