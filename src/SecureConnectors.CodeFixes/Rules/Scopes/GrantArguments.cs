using System.Linq;
using Microsoft.CodeAnalysis.Editing;

namespace SecureConnectors.CodeFixes.Rules.Scopes;

/// <summary>Edits of the scope strings in <c>[Grant(...)]</c>: remove some (and the attribute once empty), replace one.</summary>
internal static class GrantArguments
{
    public static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as LiteralExpressionSyntax;

    public static LiteralExpressionSyntax Literal(string scope) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(scope));

    /// <summary>Removes the literals; an attribute left without arguments goes too, with its list when it was alone there.</summary>
    public static void Remove(DocumentEditor editor, IEnumerable<LiteralExpressionSyntax> literals)
    {
        foreach (var group in literals.GroupBy(l => l.FirstAncestorOrSelf<AttributeSyntax>()))
        {
            var attribute = group.Key;
            var arguments = group.Select(l => l.Parent).OfType<AttributeArgumentSyntax>().ToList();
            if (attribute?.ArgumentList is { } list && arguments.Count == list.Arguments.Count && group.Count() == arguments.Count)
            {
                if (attribute.Parent is AttributeListSyntax { Attributes.Count: 1 } attributeList)
                {
                    editor.RemoveNode(attributeList);
                }
                else
                {
                    editor.RemoveNode(attribute);
                }

                continue;
            }

            foreach (var literal in group)
            {
                editor.RemoveNode(literal.Parent is AttributeArgumentSyntax argument ? argument : literal);
            }
        }
    }

    /// <summary>Replaces the literal with one literal per scope (several arguments when it was an argument).</summary>
    public static void Replace(DocumentEditor editor, LiteralExpressionSyntax literal, IReadOnlyList<string> scopes)
    {
        if (scopes.Count == 0)
        {
            return;
        }

        editor.ReplaceNode(literal, Literal(scopes[0]).WithTriviaFrom(literal));
        if (scopes.Count > 1 && literal.Parent is AttributeArgumentSyntax argument)
        {
            editor.InsertAfter(argument, scopes.Skip(1).Select(s => SyntaxFactory.AttributeArgument(Literal(s))));
        }
    }
}
