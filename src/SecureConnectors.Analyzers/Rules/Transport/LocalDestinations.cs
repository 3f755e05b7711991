using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Where a local built from a literal goes next, read from the syntax of the block that declares it (one step, no
/// flow analysis): handed as an argument to a call, or assigned to a member. Lets a test-code rule follow
/// <c>var options = new Options { ... }; validator.Validate(options)</c> as it follows the inline form.
/// </summary>
internal static class LocalDestinations
{
    public static bool AnyUse(
        VariableDeclaratorSyntax declarator,
        Func<InvocationExpressionSyntax, bool> passedTo,
        Func<ExpressionSyntax, bool>? assignedTo = null)
    {
        if (declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return false;
        }

        var name = declarator.Identifier.ValueText;
        foreach (var node in block.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
            {
                continue;
            }

            switch (identifier.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } when passedTo(invocation):
                    return true;
                case AssignmentExpressionSyntax assignment when assignedTo is not null && assignment.Right == identifier && assignedTo(assignment.Left):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the local is used at all and every use (its name as written, not a member of that name) passes
    /// <paramref name="holds"/>: the test-code rules' "each of its uses ends the same way".
    /// </summary>
    public static bool EveryUse(VariableDeclaratorSyntax declarator, Func<IdentifierNameSyntax, bool> holds) =>
        EveryUse(declarator, declarator.Identifier.ValueText, holds);

    /// <summary>The same for the local named <paramref name="name"/> in the block around <paramref name="anchor"/> (an out argument's).</summary>
    public static bool EveryUse(SyntaxNode anchor, string name, Func<IdentifierNameSyntax, bool> holds)
    {
        if (anchor.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return false;
        }

        var uses = 0;
        foreach (var node in block.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name
                && !(identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier))
            {
                if (!holds(identifier))
                {
                    return false;
                }

                uses++;
            }
        }

        return uses > 0;
    }
}
