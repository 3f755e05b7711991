using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A lambda or anonymous method that answers <c>true</c> on every path: its expression body is the literal, or every
/// <c>return</c> of its block returns the literal and nothing in it throws (a handler that throws on a bad certificate
/// and returns true otherwise decides). Returns of nested functions are theirs. Syntax only.
/// </summary>
internal static class AlwaysTrue
{
    public static bool Answers(AnonymousFunctionExpressionSyntax function)
    {
        if (function.ExpressionBody is { } expression)
        {
            return IsTrue(expression);
        }

        if (function.Block is not { } block)
        {
            return false;
        }

        var returns = 0;
        foreach (var node in block.DescendantNodes(descendIntoChildren: static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax { Expression: { } returned } when IsTrue(returned):
                    returns++;
                    break;
                case ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or YieldStatementSyntax:
                    return false;
            }
        }

        return returns > 0;
    }

    private static bool IsTrue(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.TrueLiteralExpression)
        || expression is ParenthesizedExpressionSyntax { Expression: var inner } && IsTrue(inner);
}
