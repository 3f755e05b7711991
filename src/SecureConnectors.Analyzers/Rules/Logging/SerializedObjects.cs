using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// A JSON serializer writes every public property of an object (System.Text.Json's <c>JsonSerializer.Serialize</c>,
/// Newtonsoft's <c>JsonConvert.SerializeObject</c>), so the text it returns carries a secret the object holds: a gateway
/// payload with the bot token, a token request with its client secret, a token response with its access token. What the
/// object holds is read from how it is built when the code builds it there (an initializer, a constructor's arguments, an
/// anonymous object, also through a local assigned once), else from its type's secret-named string properties and those
/// of its members' types, two levels down. Members the serializer skips (<c>[JsonIgnore]</c>,
/// <c>[IgnoreDataMember]</c>, members left out of an opt-in contract) and constants (a fixture's <c>Password = "x"</c>)
/// are not secrets written.
/// </summary>
internal static class SerializedObjects
{
    private const int MaxDepth = 4;
    private const int MaxTypeDepth = 2;

    /// <summary>The object a serializer call turns into text, or null when the call is not one.</summary>
    public static IOperation? WrittenValue(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ReturnType.SpecialType != SpecialType.System_String || method.Name is not ("Serialize" or "SerializeObject"))
        {
            return null;
        }

        var type = method.ContainingType;
        var isSerializer = (type?.Name, type?.ContainingNamespace?.ToDisplayString()) switch
        {
            ("JsonSerializer", "System.Text.Json") => true,
            ("JsonConvert", "Newtonsoft.Json") => true,
            _ => false,
        };
        if (!isSerializer)
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "value")
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The secret member the serialized text holds ("identify.d.token", "TokenRequest.ClientSecret"), or null.</summary>
    public static string? SecretMember(IOperation value) => SecretMember(value, NameOf(value), 0);

    private static string? SecretMember(IOperation? value, string name, int depth)
    {
        value = Conversions.Strip(value);
        if (value is null || depth > MaxDepth || value.ConstantValue.HasValue)
        {
            return null;
        }

        switch (value)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment
                        && Assigned(member.Property.Name, member.Property.Type, assignment.Value, name, depth) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case IObjectCreationOperation creation:
                return FromCreation(creation, name, depth);
            case ILocalReferenceOperation local when SensitiveValues.AssignedOnce(local) is { } initial
                && Conversions.Strip(initial) is IObjectCreationOperation or IAnonymousObjectCreationOperation:
                return SecretMember(initial, name, depth + 1);
            default:
                return FromType(value.Type, name, 0);
        }
    }

    private static string? FromCreation(IObjectCreationOperation creation, string name, int depth)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { } parameter && Assigned(parameter.Name, parameter.Type, argument.Value, name, depth) is { } found)
            {
                return found;
            }
        }

        if (creation.Initializer is null)
        {
            // new TokenRequest(options): what the constructor copies in is known only from the type.
            return creation.Arguments.IsEmpty ? null : FromType(creation.Type, name, 0);
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            if (initializer is not ISimpleAssignmentOperation assignment)
            {
                continue;
            }

            var member = assignment.Target switch
            {
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            var memberType = (assignment.Target as IMemberReferenceOperation)?.Type;
            if (member is not null && IsWritten(member) && Assigned(member.Name, memberType, assignment.Value, name, depth) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // One member's value: a string under a secret's name, or an object built in place that holds one.
    private static string? Assigned(string memberName, ITypeSymbol? memberType, IOperation value, string holder, int depth)
    {
        var inner = Conversions.Strip(value);
        if (inner is null || inner.ConstantValue.HasValue)
        {
            return null;
        }

        var path = holder + "." + memberName;
        if (memberType?.SpecialType == SpecialType.System_String && LoggedSecretNames.SaysSecret(memberName))
        {
            return path;
        }

        return inner is IObjectCreationOperation or IAnonymousObjectCreationOperation ? SecretMember(inner, path, depth + 1) : null;
    }

    private static string? FromType(ITypeSymbol? type, string name, int depth)
    {
        if (depth > MaxTypeDepth || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named
            || IsFrameworkType(named))
        {
            return null;
        }

        var optIn = IsOptIn(named);
        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false } property
                    || !IsWritten(property) || (optIn && !IsOptedIn(property)))
                {
                    continue;
                }

                var path = name + "." + property.Name;
                if (AuthorizationHeaders.IsHeadersOfRequest(property))
                {
                    return path; // an API Gateway event serialized whole: its headers carry the caller's Authorization
                }

                if (property.Type.SpecialType == SpecialType.System_String)
                {
                    if (LoggedSecretNames.SaysSecret(property.Name))
                    {
                        return path;
                    }
                }
                else if (FromType(property.Type, path, depth + 1) is { } nested)
                {
                    return nested;
                }
            }
        }

        return null;
    }

    // System.*, Microsoft.*: an HttpRequestMessage or a CancellationToken serialized is not a secret-holder of ours to judge.
    private static bool IsFrameworkType(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root?.Name is "System" or "Microsoft";
    }

    // [JsonIgnore] (System.Text.Json unless Condition = Never, Newtonsoft always), [IgnoreDataMember], [NonSerialized].
    private static bool IsWritten(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            switch (attribute.AttributeClass?.Name)
            {
                case "JsonIgnoreAttribute":
                    foreach (var argument in attribute.NamedArguments)
                    {
                        // TypedConstant.Value throws for an array: a look-alike attribute of the user's own may take one.
                        if (argument.Key == "Condition" && argument.Value.Kind == TypedConstantKind.Enum && argument.Value.Value is int condition && condition != 1)
                        {
                            return true; // Never, or only when null or default: a secret that is set is written
                        }
                    }

                    return false;
                case "IgnoreDataMemberAttribute" or "NonSerializedAttribute":
                    return false;
            }
        }

        return true;
    }

    // [DataContract], or Newtonsoft's [JsonObject(MemberSerialization.OptIn)]: only the members marked are written.
    private static bool IsOptIn(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "DataContractAttribute")
            {
                return true;
            }

            if (attribute.AttributeClass?.Name == "JsonObjectAttribute" && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Enum
                && attribute.ConstructorArguments[0].Value is int memberSerialization && memberSerialization == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOptedIn(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "DataMemberAttribute" or "JsonPropertyAttribute")
            {
                return true;
            }
        }

        return false;
    }

    private static string NameOf(IOperation value)
    {
        var inner = Conversions.Strip(value);
        return SensitiveValues.Describe(inner) ?? inner?.Type?.Name ?? "object";
    }
}
