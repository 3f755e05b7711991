using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>
/// <see cref="SemanticModel.GetOperation"/>, or null where the compiler itself cannot build the operation tree. On some
/// half-typed code the compiler throws (<c>smtp.EnableSsl = false</c> with no semicolon, followed by a cut-off
/// interpolated string: "Unexpected value 'UnconvertedInterpolatedString' of type BoundKind"). An editor runs the
/// analyzers on every keystroke, and an analyzer must never throw: such code has no operations to judge yet.
/// </summary>
internal static class SafeOperations
{
    public static IOperation? Of(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        try
        {
            return model.GetOperation(node, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
