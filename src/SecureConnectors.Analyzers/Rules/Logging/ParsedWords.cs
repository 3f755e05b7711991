using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// "Token" is also the parser's word for a piece of text. A local or parameter named token (<c>token</c>,
/// <c>nextToken</c>) that its method compares with a word (<c>token == "ctrl"</c>, <c>switch (token) { case "and": }</c>,
/// <c>token.Equals("shift")</c>) or sets to one (<c>token = "control"</c>) is such a piece, as PSReadLine's key-chord
/// parser's is: a credential is never checked against a word written in the code. The empty string and null are not
/// words (<c>token == ""</c> checks a credential's absence).
/// </summary>
internal static class ParsedWords
{
    public static bool IsParsedToken(string name, SyntaxNode use)
    {
        var words = IdentifierWords.Split(name);
        if (words.Count == 0 || words[words.Count - 1] != "token"
            || use.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax) is not { } body)
        {
            return false;
        }

        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    if ((Names(binary.Left, name) && IsWord(binary.Right)) || (Names(binary.Right, name) && IsWord(binary.Left)))
                    {
                        return true;
                    }

                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && Names(assignment.Left, name) && IsWord(assignment.Right):
                    return true;
                case SwitchStatementSyntax switched when Names(switched.Expression, name):
                    foreach (var section in switched.Sections)
                    {
                        foreach (var label in section.Labels)
                        {
                            if (label is CaseSwitchLabelSyntax { Value: var value } && IsWord(value))
                            {
                                return true;
                            }
                        }
                    }

                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } access } call
                    when Names(access.Expression, name) && call.ArgumentList.Arguments.Count >= 1 && IsWord(call.ArgumentList.Arguments[0].Expression):
                    return true;
            }
        }

        return false;
    }

    private static bool Names(ExpressionSyntax expression, string name) =>
        expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;

    private static bool IsWord(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.Length > 0;
}
