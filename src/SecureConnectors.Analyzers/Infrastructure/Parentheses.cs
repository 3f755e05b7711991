using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>The expression inside any number of parentheses: <c>((x))</c> reads as <c>x</c>.</summary>
internal static class Parentheses
{
    public static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
