using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Whether a certificate callback accepts only connections to this machine: every answer is <c>false</c> or requires
/// the request's destination to be loopback (<c>request.RequestUri is { IsLoopback: true }</c>,
/// <c>request.RequestUri?.IsLoopback == true</c>, <c>uri.Host == "localhost"</c>, or a <c>return true</c> inside such an
/// <c>if</c>). A test's own Kestrel on 127.0.0.1 with a development certificate is the case; a remote server's
/// certificate is then never accepted unchecked, since the callback refuses every other destination.
/// </summary>
internal static class LoopbackOnlyAcceptance
{
    private static readonly HashSet<string> LoopbackNames = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "127.0.0.1", "::1", "[::1]",
    };

    public static bool AcceptsOnlyLoopback(IReadOnlyList<ExpressionSyntax> returns)
    {
        var accepting = 0;
        foreach (var returned in returns)
        {
            var value = Parentheses.Strip(returned);
            if (value.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                continue;
            }

            if (value.IsKind(SyntaxKind.TrueLiteralExpression) ? !IsInsideLoopbackBranch(returned) : !RequiresLoopback(value))
            {
                return false;
            }

            accepting++;
        }

        return accepting > 0;
    }

    // "if (request.RequestUri.IsLoopback) return true;" (or a block whose condition requires it).
    private static bool IsInsideLoopbackBranch(ExpressionSyntax returned)
    {
        for (SyntaxNode? node = returned.Parent; node is not null && node is not AnonymousFunctionExpressionSyntax and not MemberDeclarationSyntax and not LocalFunctionStatementSyntax; node = node.Parent)
        {
            if (node.Parent is IfStatementSyntax ifStatement && ifStatement.Statement == node)
            {
                return RequiresLoopback(Parentheses.Strip(ifStatement.Condition));
            }
        }

        return false;
    }

    private static bool RequiresLoopback(ExpressionSyntax expression)
    {
        expression = Parentheses.Strip(expression);
        switch (expression)
        {
            case BinaryExpressionSyntax both when both.IsKind(SyntaxKind.LogicalAndExpression):
                return RequiresLoopback(both.Left) || RequiresLoopback(both.Right);
            case BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression):
                return (IsLoopbackProperty(equals.Left) && Parentheses.Strip(equals.Right).IsKind(SyntaxKind.TrueLiteralExpression))
                    || (IsHostProperty(equals.Left) && IsLoopbackName(equals.Right))
                    || (IsHostProperty(equals.Right) && IsLoopbackName(equals.Left));
            case IsPatternExpressionSyntax { Pattern: RecursivePatternSyntax { PropertyPatternClause: { } clause } }:
                foreach (var subpattern in clause.Subpatterns)
                {
                    if (subpattern.NameColon?.Name.Identifier.ValueText is "IsLoopback"
                        && subpattern.Pattern is ConstantPatternSyntax constant
                        && Parentheses.Strip(constant.Expression).IsKind(SyntaxKind.TrueLiteralExpression))
                    {
                        return true;
                    }
                }

                return false;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } access } call
                when call.ArgumentList.Arguments.Count >= 1:
                return IsHostProperty(access.Expression) && IsLoopbackName(call.ArgumentList.Arguments[0].Expression);
            default:
                return IsLoopbackProperty(expression);
        }
    }

    // x.IsLoopback, x?.IsLoopback
    private static bool IsLoopbackProperty(ExpressionSyntax expression) => LastName(Parentheses.Strip(expression)) == "IsLoopback";

    private static bool IsHostProperty(ExpressionSyntax expression) => LastName(Parentheses.Strip(expression)) is "Host" or "DnsSafeHost" or "IdnHost";

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        ConditionalAccessExpressionSyntax conditional => conditional.WhenNotNull is MemberBindingExpressionSyntax binding ? binding.Name.Identifier.ValueText : LastName(conditional.WhenNotNull),
        _ => null,
    };

    private static bool IsLoopbackName(ExpressionSyntax expression) =>
        Parentheses.Strip(expression) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && LoopbackNames.Contains(literal.Token.ValueText);
}
