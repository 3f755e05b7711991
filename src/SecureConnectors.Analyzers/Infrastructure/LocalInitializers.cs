using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>
/// The value a local was declared with, found in the operation tree that already holds the reference: asking the
/// semantic model for the initializer's operation instead would bind the member again, which costs more than the
/// rest of a rule.
/// </summary>
internal static class LocalInitializers
{
    /// <summary><c>hmac.ComputeHash(body)</c> for <c>sig</c> in <c>var sig = hmac.ComputeHash(body); ... sig == header</c>; null if not declared with one.</summary>
    public static IOperation? Of(ILocalReferenceOperation reference)
    {
        IOperation root = reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator
                && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
            {
                return declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            }
        }

        return null;
    }
}
