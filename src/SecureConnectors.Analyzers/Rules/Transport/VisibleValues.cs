using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// The one value a local or a readonly field can hold, where that can be seen without flow analysis: a local
/// written exactly once in its method (its declaration or one assignment, never by ref, out or deconstruction),
/// a readonly field written exactly once in its type (initializer or one constructor assignment) in the file
/// being analyzed. Anything else is unknown (null): the callers stay quiet about what they cannot see.
/// </summary>
internal static class VisibleValues
{
    /// <summary>The operation without the conversions and parentheses around it.</summary>
    public static IOperation Unwrap(IOperation value) => Conversions.Strip(value)!;

    /// <summary>The root of the operation tree (method body, field initializer, ...) that holds an operation.</summary>
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>The one value written to the local, or null when it is written more than once, by reference, or not seen.</summary>
    public static IOperation? OfLocal(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef)
        {
            return null;
        }

        IOperation? value = null;
        var writes = 0;
        foreach (var operation in Root(reference).Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        writes++;
                        value = initializer.Value;
                    }

                    break;
                case ILocalReferenceOperation other when SymbolEqualityComparer.Default.Equals(other.Local, local):
                    switch (WriteOf(other))
                    {
                        case Write.None:
                            break;
                        case Write.Simple:
                            writes++;
                            value = ((ISimpleAssignmentOperation)other.Parent!).Value;
                            break;
                        default:
                            return null;
                    }

                    break;
            }
        }

        return writes == 1 ? value : null;
    }

    /// <summary>
    /// The one value written to a readonly field: its initializer, or the one assignment to it in the declarations of
    /// its type, when that value is in the same file as <paramref name="reference"/>.
    /// </summary>
    public static IOperation? OfField(IFieldReferenceOperation reference, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        var model = reference.SemanticModel;
        var tree = reference.Syntax.SyntaxTree;
        if (!field.IsReadOnly || field.IsConst || model is null || field.ContainingType is null)
        {
            return null;
        }

        ExpressionSyntax? value = null;
        var writes = 0;
        foreach (var declaration in field.DeclaringSyntaxReferences)
        {
            if (declaration.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
            {
                writes++;
                value = initializer;
            }
        }

        // Constructors (and init accessors) may write a readonly field; read every declaration of the type, by name.
        foreach (var typeDeclaration in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var name in typeDeclaration.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name)
                {
                    continue;
                }

                var expression = name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member : (ExpressionSyntax)name;
                switch (expression.Parent)
                {
                    case AssignmentExpressionSyntax assignment when assignment.Left == expression:
                        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                        {
                            return null;
                        }

                        writes++;
                        value = assignment.Right;
                        break;
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.Parent is TupleExpressionSyntax:
                        return null;
                }
            }
        }

        if (writes != 1 || value is null || value.SyntaxTree != tree)
        {
            return null;
        }

        return SafeOperations.Of(model, value, cancellationToken);
    }

    /// <summary>How a reference to a local writes to it.</summary>
    public static Write WriteOf(ILocalReferenceOperation reference)
    {
        if (reference.IsDeclaration)
        {
            // out var x, (var x, var y) = ...: written, not by a plain assignment.
            return Write.Other;
        }

        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return Write.Simple;
            case IAssignmentOperation assignment when assignment.Target == reference:
            case IIncrementOrDecrementOperation:
                return Write.Other;
            case IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In }:
            case ITupleOperation:
                return Write.Other;
            case IVariableInitializerOperation:
                // ref var alias = ref x;
                return reference.Parent.Parent is IVariableDeclaratorOperation { Symbol.IsRef: true } ? Write.Other : Write.None;
            default:
                return Write.None;
        }
    }

    internal enum Write
    {
        None,
        Simple,
        Other,
    }
}
