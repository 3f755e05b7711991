using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Follows a literal to the name that receives it: through concatenation, interpolation, <c>??</c> fallbacks,
/// conditionals, switch-expression arms, conversions and the byte conversions secrets go through (<c>Encoding.GetBytes</c>,
/// <c>Convert.FromBase64String</c>); then to the member, local, parameter (default value or argument),
/// attribute argument, dictionary or form key, tuple key, or HTTP header that receives it.
/// </summary>
internal static class SecretDestinations
{
    public static SecretDestination? Find(SyntaxNode literal, SemanticModel model, CancellationToken cancellationToken)
    {
        var attributeArgument = AttributeArguments.Enclosing(literal);
        if (attributeArgument is not null)
        {
            return FromAttributeArgument(attributeArgument, model, cancellationToken);
        }

        // Most literals are written to a name the syntax shows (a field, property, local, assignment, return):
        // no semantic model is needed for them, which keeps the rule cheap on large projects.
        if (TryFromSyntax(literal, out var named))
        {
            return named;
        }

        var operation = SafeOperations.Of(model, literal, cancellationToken);
        return operation is null ? null : FromOperation(operation);
    }

    /// <summary>
    /// Decides from syntax alone where it can: true with the destination (or null for none) when the literal
    /// is written to a declared or assigned name; false when only the semantic model can tell (an argument,
    /// an indexer or collection initializer, a tuple).
    /// </summary>
    private static bool TryFromSyntax(SyntaxNode literal, out SecretDestination? destination)
    {
        destination = null;
        var current = literal;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax:
                case CastExpressionSyntax:
                case InterpolationSyntax:
                case InterpolatedStringExpressionSyntax:
                case BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddExpression }:
                case BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CoalesceExpression } coalesce when coalesce.Right == current:
                case ConditionalExpressionSyntax conditional when conditional.Condition != current:
                // env switch { "prod" => "...", _ => "..." }: each arm's value goes where the switch goes
                case SwitchExpressionArmSyntax arm when arm.Expression == current:
                case SwitchExpressionSyntax switchExpression when switchExpression.GoverningExpression != current:
                    current = parent;
                    continue;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable }:
                    destination = Named(variable.Identifier.ValueText);
                    return true;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    destination = Named(property.Identifier.ValueText);
                    return true;
                case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                    destination = Named(parameter.Identifier.ValueText);
                    return true;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment when assignment.Right == current:
                    destination = Named(name.Identifier.ValueText);
                    return true;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } assignment when assignment.Right == current:
                    destination = Named(member.Name.Identifier.ValueText);
                    return true;
                case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }:
                    destination = Named(nameEquals.Name.Identifier.ValueText);
                    return true;
                case ArrowExpressionClauseSyntax or ReturnStatementSyntax:
                    destination = ReturnedFrom(current);
                    return true;
                case ArgumentSyntax or InitializerExpressionSyntax or TupleExpressionSyntax or AssignmentExpressionSyntax:
                    return false;
                default:
                    return true; // compared, switched on, thrown, interpolated into text...: no destination
            }
        }

        return true;
    }

    private static SecretDestination? FromOperation(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                case IParenthesizedOperation:
                case IInterpolationOperation:
                case IInterpolatedStringOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IVariableInitializerOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                    break;
                case ICoalesceOperation coalesce when ReferenceEquals(coalesce.WhenNull, current):
                    break;
                case IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, current):
                    break;
                case ISwitchExpressionArmOperation arm when ReferenceEquals(arm.Value, current):
                    break;
                case ISwitchExpressionOperation switchExpression when !ReferenceEquals(switchExpression.Value, current):
                    break;
                case IArgumentOperation argument when argument.Parent is IInvocationOperation invocation && IsByteConversion(invocation.TargetMethod):
                    current = invocation;
                    continue;
                case IArgumentOperation argument:
                    return FromArgument(argument);
                case ITupleOperation tuple:
                    return FromKeyedPair(tuple.Elements.IndexOf(current), tuple.Elements);
                case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current):
                    return FromTarget(assignment.Target);
                case IFieldInitializerOperation field when field.InitializedFields.Length > 0:
                    return Named(field.InitializedFields[0].Name);
                case IPropertyInitializerOperation property when property.InitializedProperties.Length > 0:
                    return Named(property.InitializedProperties[0].Name);
                case IParameterInitializerOperation parameter:
                    return Named(parameter.Parameter.Name);
                case IVariableDeclaratorOperation declarator:
                    return Named(declarator.Symbol.Name);
                case IReturnOperation:
                    return ReturnedFrom(current);
                default:
                    return null;
            }

            current = parent;
        }

        return null;
    }

    /// <summary>What the parameter that receives <paramref name="argument"/> says its value is.</summary>
    public static SecretDestination? FromArgument(IArgumentOperation argument)
    {
        var parameter = argument.Parameter;
        if (parameter?.ContainingSymbol is not IMethodSymbol method)
        {
            return null;
        }

        var arguments = (argument.Parent as IInvocationOperation)?.Arguments
            ?? (argument.Parent as IObjectCreationOperation)?.Arguments
            ?? (argument.Parent as IPropertyReferenceOperation)?.Arguments;

        // headers.Add("X-Api-Key", value), form.Add("client_secret", value), new KeyValuePair<,>("password", value)
        if (arguments is { Length: >= 2 } pair && parameter.Ordinal == 1
            && pair[0].Value.ConstantValue is { HasValue: true, Value: string key })
        {
            var header = SecretNames.ClassifyHeader(key);
            if (IsHeaderCollection(method.ContainingType) && header != SecretKind.None)
            {
                return Keyed(header, key, "header ", parameter.Name);
            }

            var keyed = SecretNames.Classify(key);
            if (keyed != SecretKind.None)
            {
                return Keyed(keyed, key, "", parameter.Name);
            }
        }

        var kind = SecretNames.Classify(parameter.Name);
        if (kind == SecretKind.Secret && KeyPairs.IsIdentifierHalf(parameter, method))
        {
            kind = SecretKind.None;
        }

        string? scheme = null;
        if (kind == SecretKind.None && method.ContainingType?.Name == "AuthenticationHeaderValue" && parameter.Name == "parameter")
        {
            kind = SecretKind.Authorization;
            scheme = arguments is { Length: 2 } both && parameter.Ordinal == 1 && both[0].Value.ConstantValue is { HasValue: true, Value: string written }
                && AuthorizationValues.IsKnownScheme(written.Trim())
                ? written.Trim()
                : null;
        }

        var signingKey = method.MethodKind == MethodKind.Constructor && IsKeyedSecretType(method.ContainingType) && parameter.Name == "key";
        if (kind == SecretKind.None && signingKey)
        {
            kind = SecretKind.Secret; // HMAC and symmetric signing keys
        }

        var owner = method.MethodKind == MethodKind.Constructor ? method.ContainingType?.Name : method.Name;
        return new SecretDestination(kind, parameter.Name, $"'{parameter.Name}' of '{owner}'", signingKey, scheme);
    }

    private static SecretDestination? FromTarget(IOperation target)
    {
        switch (target)
        {
            // dictionary["password"] = ..., headers["Authorization"] = ..., builder["Password"] = ...
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer
                when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                var header = SecretNames.ClassifyHeader(key);
                if (header == SecretKind.Authorization)
                {
                    return Keyed(header, key, "header ", "value");
                }

                var kind = SecretNames.Classify(key);
                return kind == SecretKind.None && header != SecretKind.None
                    ? Keyed(header, key, "header ", "value")
                    : Keyed(kind, key, "", "value");
            case IPropertyReferenceOperation property:
                return Named(property.Property.Name);
            case IFieldReferenceOperation field:
                return Named(field.Field.Name);
            case ILocalReferenceOperation local:
                return Named(local.Local.Name);
            case IParameterReferenceOperation parameter:
                return Named(parameter.Parameter.Name);
            default:
                return null;
        }
    }

    // ("client_secret", "...") as a tuple: the first element names the second.
    private static SecretDestination? FromKeyedPair(int index, System.Collections.Immutable.ImmutableArray<IOperation> elements)
    {
        if (index != 1 || elements.Length != 2 || elements[0].ConstantValue is not { HasValue: true, Value: string key })
        {
            return null;
        }

        return Keyed(SecretNames.Classify(key), key, "", "value");
    }

    // A key written as a literal names the value beside it, but the message quotes it only when it is a name:
    // a secret-shaped "key" may be the credential itself, and messages go to build logs and SARIF.
    private static SecretDestination Keyed(SecretKind kind, string key, string what, string fallbackName) =>
        QuotableText.IsSafeToQuote(key)
            ? new SecretDestination(kind, key, $"{what}'{key}'")
            : new SecretDestination(kind, fallbackName, what.Length > 0 ? "a header whose name is not shown" : "a key whose name is not shown");

    private static SecretDestination? ReturnedFrom(IOperation returned) => ReturnedFrom(returned.Syntax);

    private static SecretDestination? ReturnedFrom(SyntaxNode returned)
    {
        for (var node = returned.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case MethodDeclarationSyntax method:
                    return Named(method.Identifier.ValueText);
                case PropertyDeclarationSyntax property:
                    return Named(property.Identifier.ValueText);
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                    return null;
            }
        }

        return null;
    }

    private static SecretDestination? FromAttributeArgument(AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.NameEquals is { } nameEquals)
        {
            return Named(nameEquals.Name.Identifier.ValueText);
        }

        if (argument.NameColon is { } nameColon)
        {
            return Named(nameColon.Name.Identifier.ValueText);
        }

        if (argument.Parent is AttributeArgumentListSyntax list
            && list.Parent is AttributeSyntax attribute
            && AttributeConstructors.Of(attribute, model, cancellationToken) is { } constructor)
        {
            var index = list.Arguments.IndexOf(argument);
            return index >= 0 && index < constructor.Parameters.Length ? Named(constructor.Parameters[index].Name) : null;
        }

        return null;
    }

    // Names that say nothing still come back (kind None): the user's own secret name patterns may know better.
    private static SecretDestination Named(string name) => new(SecretNames.Classify(name), name, $"'{name}'");

    // Encoding.UTF8.GetBytes("..."), Convert.FromBase64String("..."), Convert.ToBase64String(...): the same secret
    // in another encoding (a Basic credential is base64 of the bytes of "user:password").
    private static bool IsByteConversion(IMethodSymbol method) =>
        (method.Name == "GetBytes" && method.ContainingType?.Name is "Encoding" or "UTF8Encoding" or "ASCIIEncoding")
        || (method.ContainingType?.Name == "Convert" && method.Name is "FromBase64String" or "FromHexString" or "ToBase64String");

    private static bool IsHeaderCollection(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name.EndsWith("Headers", System.StringComparison.Ordinal) || current.Name == "HeaderDictionary" || current.Name == "WebHeaderCollection")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyedSecretType(INamedTypeSymbol? type) =>
        type is not null && (type.Name.StartsWith("HMAC", System.StringComparison.Ordinal) || type.Name == "SymmetricSecurityKey");
}
