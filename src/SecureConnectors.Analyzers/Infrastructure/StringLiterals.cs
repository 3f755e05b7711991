using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>Reads the text of string literals of every form: regular, verbatim, raw, UTF-8, interpolated.</summary>
internal static class StringLiterals
{
    /// <summary>The syntax kinds that hold string text, for syntax node actions.</summary>
    public static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.StringLiteralExpression,
        SyntaxKind.Utf8StringLiteralExpression,
        SyntaxKind.InterpolatedStringExpression,
    };

    /// <summary>
    /// The value of the literal; for an interpolated string, the fixed text with <paramref name="hole"/> standing
    /// in for each interpolation. Null for any other node.
    /// </summary>
    public static string? TextOf(SyntaxNode node, char hole)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.Token.Value is string value:
                return value;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return literal.Token.ValueText;
            case InterpolatedStringExpressionSyntax interpolated:
                var builder = new StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        builder.Append(text.TextToken.ValueText);
                    }
                    else
                    {
                        builder.Append(hole);
                    }
                }

                return builder.ToString();
            default:
                return null;
        }
    }
}
