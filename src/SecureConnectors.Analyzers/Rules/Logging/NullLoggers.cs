using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// A logger that writes nothing: Microsoft.Extensions.Logging's <c>NullLogger</c> and <c>NullLogger&lt;T&gt;</c>, by
/// type or through a readonly field or a local whose initializer is their <c>Instance</c> (a benchmark's
/// <c>private readonly ILogger logger = NullLogger.Instance;</c>). A field that can be assigned elsewhere may hold a real
/// logger, and is a sink.
/// </summary>
internal static class NullLoggers
{
    public static bool WritesNothing(IOperation? logger)
    {
        while (logger is IConversionOperation conversion)
        {
            logger = conversion.Operand;
        }

        if (IsNullLoggerType(logger?.Type))
        {
            return true;
        }

        return logger switch
        {
            IFieldReferenceOperation { Field: { IsReadOnly: true } field } => InitializedWithNullLogger(field),
            ILocalReferenceOperation { Local: { } local } => InitializedWithNullLogger(local),
            _ => false,
        };
    }

    private static bool IsNullLoggerType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "NullLogger" } named
        && named.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Logging.Abstractions";

    // The declarator's initializer reads NullLogger.Instance or NullLogger<T>.Instance (read from the syntax: the field's
    // initializer is in another member's operation tree).
    private static bool InitializedWithNullLogger(ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Instance" } access }
                && access.Expression is IdentifierNameSyntax { Identifier.ValueText: "NullLogger" } or GenericNameSyntax { Identifier.ValueText: "NullLogger" }
                    or MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: "NullLogger" } or GenericNameSyntax { Identifier.ValueText: "NullLogger" } })
            {
                return true;
            }
        }

        return false;
    }
}
