using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Rules.ConfigFiles;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// In test code, a credential set in the same object initializer as an address on this machine
/// (<c>new SabnzbdSettings { Host = "127.0.0.1", Port = 2222, ApiKey = "...", Password = "pass" }</c>): it opens the
/// server the test runs or fakes, as a secret under a configuration section whose address is local does
/// (<see cref="LocalServerSections"/>). Its name then says nothing a reviewer needs; a provider format is still judged by
/// content. Read from the syntax: the address is a string literal beside the credential.
/// </summary>
internal static class LocalServerInitializers
{
    public static bool IsForLocalServer(SyntaxNode literal)
    {
        if (literal.Parent is not AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax initializer } assignment
            || assignment.Right != literal
            || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return false;
        }

        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax member, Right: LiteralExpressionSyntax address } sibling
                && sibling != assignment
                && address.IsKind(SyntaxKind.StringLiteralExpression)
                && LocalServerSections.EndsInAddressWord(member.Identifier.ValueText)
                && LocalServerSections.IsLocal(address.Token.ValueText))
            {
                return true;
            }
        }

        return false;
    }
}
