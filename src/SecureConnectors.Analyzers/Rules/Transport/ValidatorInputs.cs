using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test builds into an object it hands to a validator (<c>validator.Validate(name, new PartnerOptions {
/// BaseAddress = new Uri("http://...") })</c>, <c>IsValid(options)</c>, <c>TryValidateObject(...)</c>), inline or through a
/// local it declared for that: an input whose refusal the test checks, as <see cref="InputsExpectedToThrow"/>'s are.
/// Only construction counts: a call on the way may send.
/// </summary>
internal static class ValidatorInputs
{
    public static bool IsInput(SyntaxNode literal)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                    return invocation.ArgumentList.Span.Contains(literal.Span) && IsValidation(invocation);
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return IsHandedToValidator(declarator);
                case StatementSyntax:
                case MemberDeclarationSyntax:
                case AnonymousFunctionExpressionSyntax:
                    return false;
            }
        }

        return false;
    }

    // Validate, ValidateAsync, TryValidateObject, IsValid: the first word of the called method's name.
    private static bool IsValidation(InvocationExpressionSyntax invocation)
    {
        var name = WrittenNames.Called(invocation);
        if (name.IndexOf("alid", System.StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
        return words.Count > 0
            && (words[0] is "validate" || (words.Count > 1 && words[0] is "try" or "is" && words[1] is "validate" or "valid"));
    }

    private static bool IsHandedToValidator(VariableDeclaratorSyntax declarator) => LocalDestinations.AnyUse(declarator, IsValidation);
}
