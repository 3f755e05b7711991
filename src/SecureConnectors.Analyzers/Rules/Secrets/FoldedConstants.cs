using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A secret split across literals is still one secret: <c>"ghp_" + "..."</c>, <c>Prefix + "..."</c> with a
/// constant prefix, <c>string.Concat("SG.", "...")</c>, a PEM key assembled line by line. The compiler's constant
/// value of the whole expression is what reaches the sink. Syntax decides first (an addition or a Concat call
/// with a string literal in it, and no enclosing addition), so the semantic model is asked only for those.
/// </summary>
internal static class FoldedConstants
{
    /// <summary>
    /// Syntax only, before any semantic question: an outermost addition with a string literal in it and no operand
    /// that can never be constant (a call other than <c>nameof</c>, a creation, an element access, an await), or a
    /// <c>Concat</c> call with two or more arguments. Additions are among the most common nodes.
    /// </summary>
    public static bool MayFold(SyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax addition when addition.IsKind(SyntaxKind.AddExpression) && !IsInsideAddition(addition):
                var hasString = false;
                foreach (var operand in OperandsOf(addition))
                {
                    switch (operand)
                    {
                        case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                            hasString = true;
                            break;
                        case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                            break;
                        case InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ElementAccessExpressionSyntax or AwaitExpressionSyntax
                            or ConditionalAccessExpressionSyntax or AnonymousFunctionExpressionSyntax:
                            return false;
                    }
                }

                return hasString;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Concat" } } call:
                return call.ArgumentList.Arguments.Count >= 2;
            default:
                return false;
        }
    }

    /// <summary>The outermost string addition or <c>string.Concat</c> of constants at <paramref name="node"/>, or null.</summary>
    public static FoldedValue? Fold(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        List<LiteralExpressionSyntax> pieces;
        switch (node)
        {
            case BinaryExpressionSyntax addition when addition.IsKind(SyntaxKind.AddExpression) && !IsInsideAddition(addition):
                pieces = StringPiecesOf(addition);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Concat" } } call
                when call.ArgumentList.Arguments.Count >= 2:
                pieces = new List<LiteralExpressionSyntax>();
                foreach (var argument in call.ArgumentList.Arguments)
                {
                    if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                    {
                        pieces.Add(literal);
                    }
                }

                break;
            default:
                return null;
        }

        if (pieces.Count == 0)
        {
            return null;
        }

        var value = node is InvocationExpressionSyntax invocation ? ConcatOfConstants(invocation, model, cancellationToken) : model.GetConstantValue(node, cancellationToken) is { HasValue: true, Value: string folded } ? folded : null;
        return value is null ? null : new FoldedValue(value, pieces);
    }

    private static bool IsInsideAddition(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression);
    }

    private static List<LiteralExpressionSyntax> StringPiecesOf(BinaryExpressionSyntax addition)
    {
        var pieces = new List<LiteralExpressionSyntax>();
        foreach (var operand in OperandsOf(addition))
        {
            if (operand is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                pieces.Add(literal);
            }
        }

        return pieces;
    }

    // The operands of a chain of additions, left to right, through parentheses: "a" + (B + "c") gives "a", B, "c".
    private static IEnumerable<ExpressionSyntax> OperandsOf(BinaryExpressionSyntax addition)
    {
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(addition);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    pending.Push(parenthesized.Expression);
                    break;
                case var operand:
                    yield return operand;
                    break;
            }
        }
    }

    /// <summary>
    /// True when a named constant in the expression holds a secret by itself ("api:" + SendingKey): that constant
    /// is reported where it is declared, and the expression that uses it is not a second finding.
    /// </summary>
    public static bool UsesSecretConstant(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var name in node.DescendantNodesAndSelf())
        {
            if (name is IdentifierNameSyntax identifier
                && model.GetConstantValue(identifier, cancellationToken) is { HasValue: true, Value: string value }
                && (SecretShape.LooksGenerated(value) || SecretContent.Describe(value, HardcodedSecretAnalyzer.Hole) is not null))
            {
                return true;
            }
        }

        return false;
    }

    // string.Concat("SG.", "...", Suffix): every argument a string constant; the method is System.String's.
    private static string? ConcatOfConstants(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { ContainingType.SpecialType: SpecialType.System_String })
        {
            return null;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (model.GetConstantValue(argument.Expression, cancellationToken) is not { HasValue: true, Value: string piece })
            {
                return null;
            }

            builder.Append(piece);
        }

        return builder.ToString();
    }
}

/// <summary>The folded value of a constant string expression and the literals written in it.</summary>
internal sealed class FoldedValue
{
    public FoldedValue(string value, List<LiteralExpressionSyntax> pieces)
    {
        Value = value;
        Pieces = pieces;
    }

    public string Value { get; }

    public List<LiteralExpressionSyntax> Pieces { get; }
}
