using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A literal kept in a neutrally named constant, static readonly field or local, and handed to a credential
/// sink elsewhere: <c>const string Value1 = "..."; new NetworkCredential(user, Value1)</c>. The diagnostic goes
/// to the literal where the value is written, once, however many sinks use it.
/// </summary>
internal sealed class SecretsThroughSymbols
{
    // Sinks are found by their method or type name first: the semantic model is asked only about these calls.
    private static readonly string[] SinkNames =
    {
        "NetworkCredential", "AuthenticationHeaderValue", "Add", "TryAddWithoutValidation", "SymmetricSecurityKey",
        "X509Certificate2", "LoadPkcs12", "LoadPkcs12FromFile", "Import", "HMACSHA1", "HMACSHA256", "HMACSHA384",
        "HMACSHA512", "HMACMD5", "HashData", "SecretString",
    };

    private readonly ConcurrentDictionary<SyntaxNode, bool> _reported = new();

    public static bool MayBeSink(ArgumentSyntax argument)
    {
        if (argument.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
        {
            return false;
        }

        var invoked = argument.Parent?.Parent switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } => name.Identifier.ValueText,
            ObjectCreationExpressionSyntax { Type: var type } => type is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : type.ToString(),
            ImplicitObjectCreationExpressionSyntax => "",
            _ => null,
        };
        return invoked is not null && (invoked.Length == 0 || SinkNames.Contains(invoked));
    }

    /// <summary>The literal behind <paramref name="argument"/> and what its sink needs.</summary>
    public (LiteralExpressionSyntax Literal, SecretDestination Destination)? Find(IArgumentOperation argument, CancellationToken cancellationToken)
    {
        if (SecretDestinations.FromArgument(argument) is not { Kind: not SecretKind.None } destination)
        {
            return null;
        }

        var symbol = argument.Value is IConversionOperation conversion ? Referenced(conversion.Operand) : Referenced(argument.Value);
        var declarator = symbol?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        if (declarator?.Initializer?.Value is not LiteralExpressionSyntax literal || literal.Token.Value is not string)
        {
            return null;
        }

        // A name that already says secret was reported where it is written.
        return SecretNames.Classify(declarator.Identifier.ValueText) == SecretKind.None ? (literal, destination) : null;
    }

    /// <summary>True the first time a literal is reported through a sink: one diagnostic however many sinks use it.</summary>
    public bool TryMarkReported(LiteralExpressionSyntax literal) => _reported.TryAdd(literal, true);

    // const and static readonly fields, locals: values fixed where they are declared.
    private static ISymbol? Referenced(IOperation value) => value switch
    {
        IFieldReferenceOperation { Field: { } field } when field.IsConst || (field.IsStatic && field.IsReadOnly) => field,
        ILocalReferenceOperation { Local: { } local } => local,
        _ => null,
    };
}
