using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test builds into the object it names as its expected value
/// (<c>var expected = new PackagePushedPayload { ProjectUrl = new Uri("http://...") }</c>, then compared with what the
/// code under test parsed): data the test compares with, as an assertion's expected argument is. Only construction
/// counts, as for <see cref="InputsExpectedToThrow"/>: a call on the way (<c>expected = await client.GetAsync("http://...")</c>)
/// may send, and is judged as any other.
/// </summary>
internal static class ExpectedValueObjects
{
    public static bool IsPartOf(SyntaxNode literal)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return NamesExpectedValue(declarator.Identifier.ValueText);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return NamesExpectedValue(property.Identifier.ValueText);
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax } assignment:
                    return assignment.Right.Span.Contains(literal.Span) && NamesExpectedValue(TargetName(assignment.Left));
                case InvocationExpressionSyntax:
                case StatementSyntax:
                case MemberDeclarationSyntax:
                case AnonymousFunctionExpressionSyntax:
                    return false;
            }
        }

        return false;
    }

    // expected, expectedPayload, ExpectedResult, _expectedResponse: a name with the word "expected".
    private static bool NamesExpectedValue(string? name)
    {
        if (name is null || name.IndexOf("xpected", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(name))
        {
            if (word == "expected")
            {
                return true;
            }
        }

        return false;
    }

    private static string? TargetName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member when member.Expression.IsKind(SyntaxKind.ThisExpression) => member.Name.Identifier.ValueText,
        _ => null,
    };
}
