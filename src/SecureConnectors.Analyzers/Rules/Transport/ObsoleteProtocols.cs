using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// The protocol flags of <c>SslProtocols</c> and <c>SecurityProtocolType</c> (both enums share the SCHANNEL bit
/// values) and the or-expressions that set them. Shared by the analyzer and its code fix.
/// </summary>
internal static class ObsoleteProtocols
{
    /// <summary>The SCHANNEL bits of SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1.</summary>
    public const long Ssl2 = 12, Ssl3 = 48, Tls10 = 192, Tls11 = 768;

    /// <summary>Every obsolete bit: SSL 2.0, SSL 3.0, TLS 1.0, TLS 1.1.</summary>
    public const long ObsoleteMask = Ssl2 | Ssl3 | Tls10 | Tls11;

    public static bool IsProtocolEnum(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named
        && ((named.Name == "SslProtocols" && named.ContainingNamespace?.ToDisplayString() == "System.Security.Authentication")
            || (named.Name == "SecurityProtocolType" && named.ContainingNamespace?.ToDisplayString() == "System.Net"));

    // SslProtocols? (a configuration type's optional setting): the same flags, wrapped.
    private static bool IsNullableProtocolEnum(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
        && IsProtocolEnum(nullable.TypeArguments[0]);

    /// <summary>The value of a protocol leaf (an enum member, or an integer cast to the enum); null for anything else.</summary>
    public static long? LeafValue(IOperation operation)
    {
        switch (operation)
        {
            case IFieldReferenceOperation field when IsProtocolEnum(field.Type) && field.ConstantValue.HasValue:
                return ToLong(field.ConstantValue.Value);
            case IConversionOperation conversion when IsProtocolEnum(conversion.Type)
                && !IsProtocolEnum(conversion.Operand.Type)
                && conversion.ConstantValue.HasValue:
                return ToLong(conversion.ConstantValue.Value);
            default:
                return null;
        }
    }

    /// <summary>
    /// The whole value a leaf belongs to: the or-expression around it. Null when the leaf is not setting a
    /// protocol: masked out with ~, compared, tested with HasFlag or &amp;, or matched in a pattern.
    /// </summary>
    public static IOperation? SettingExpression(IOperation leaf)
    {
        var current = leaf;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or }:
                case IParenthesizedOperation:
                case IConversionOperation when IsProtocolEnum(parent.Type) || IsNullableProtocolEnum(parent.Type):
                    current = parent;
                    continue;
                case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current):
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Or } compound when ReferenceEquals(compound.Value, current):
                case IVariableInitializerOperation:
                case IFieldInitializerOperation:
                case IPropertyInitializerOperation:
                case IParameterInitializerOperation:
                case IReturnOperation:
                    return current;
                case IArgumentOperation argument:
                    return argument.Parameter is { } parameter && IsProtocolEnum(parameter.Type) ? current : null;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a setting expression goes to a member or parameter of the runtime's own types (namespace System and
    /// below: <c>HttpClientHandler.SslProtocols</c>, <c>SslClientAuthenticationOptions</c>, <c>ServicePointManager</c>,
    /// <c>SslStream.AuthenticateAsClient</c>), rather than to a local, a return value or a type of the code's own.
    /// </summary>
    public static bool SetsRuntimeTlsSetting(IOperation setting)
    {
        var member = setting.Parent switch
        {
            IAssignmentOperation { Target: IMemberReferenceOperation target } => target.Member,
            IArgumentOperation { Parameter: { } parameter } => parameter.ContainingSymbol,
            _ => null,
        };
        return member?.ContainingType is { } type && IsInSystemNamespace(type.ContainingNamespace);
    }

    private static bool IsInSystemNamespace(INamespaceSymbol? ns)
    {
        while (ns is { IsGlobalNamespace: false })
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true })
            {
                return ns.Name == "System";
            }

            ns = ns.ContainingNamespace;
        }

        return false;
    }

    /// <summary>The leaves of an or-expression, left to right.</summary>
    public static List<IOperation> Leaves(IOperation expression)
    {
        var leaves = new List<IOperation>();
        Collect(expression, leaves);
        return leaves;
    }

    /// <summary>
    /// The obsolete flags named in a configuration value that the binder parses into the enum, in any case as it does
    /// ("Tls11", "Tls11, Tls12", "Ssl3|Tls"); 0 when it names none.
    /// </summary>
    public static long ObsoleteFlagsNamedIn(string value)
    {
        long flags = 0;
        foreach (var name in value.Split(',', '|'))
        {
            flags |= FlagsNamedBy(name, versionNumbers: false);
        }

        return flags;
    }

    /// <summary>
    /// The obsolete flags one entry of a protocol list names: the enum's names (<c>Tls</c>, <c>Tls11</c>, <c>Ssl3</c>,
    /// <c>Default</c>) and the drivers' spellings (<c>TLS 1.0</c>, <c>TLSv1.1</c>, <c>tls1.0</c>), in any case; with
    /// <paramref name="versionNumbers"/> also bare versions (<c>1.0</c>, <c>1.1</c>) of a version list, where
    /// <c>Default</c> means nothing.
    /// </summary>
    public static long FlagsNamedBy(string entry, bool versionNumbers)
    {
        var compact = entry.Replace(" ", "").Replace("_", "").ToLowerInvariant();
        if (compact.StartsWith("tlsv", StringComparison.Ordinal) || compact.StartsWith("sslv", StringComparison.Ordinal))
        {
            compact = compact.Substring(0, 3) + compact.Substring(4);
        }

        return compact switch
        {
            "ssl2" or "ssl2.0" => Ssl2,
            "ssl3" or "ssl3.0" => Ssl3,
            "tls" or "tls1" or "tls1.0" or "tls10" => Tls10,
            "1.0" when versionNumbers => Tls10,
            "tls11" or "tls1.1" => Tls11,
            "1.1" when versionNumbers => Tls11,
            "default" when !versionNumbers => Ssl3 | Tls10,
            _ => 0,
        };
    }

    /// <summary>Readable names of the obsolete protocols in <paramref name="value"/>.</summary>
    public static string Describe(long value)
    {
        var names = new List<string>();
        if ((value & Ssl2) != 0) names.Add("SSL 2.0");
        if ((value & Ssl3) != 0) names.Add("SSL 3.0");
        if ((value & Tls10) != 0) names.Add("TLS 1.0");
        if ((value & Tls11) != 0) names.Add("TLS 1.1");
        return string.Join(", ", names);
    }

    private static void Collect(IOperation operation, List<IOperation> leaves)
    {
        if (LeafValue(operation) is not null)
        {
            leaves.Add(operation);
            return;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Or } or:
                Collect(or.LeftOperand, leaves);
                Collect(or.RightOperand, leaves);
                break;
            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, leaves);
                break;
            case IConversionOperation conversion:
                Collect(conversion.Operand, leaves);
                break;
            default:
                leaves.Add(operation); // a variable or call: kept as it is
                break;
        }
    }

    private static long ToLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        uint u => u,
        short s => s,
        ushort us => us,
        byte b => b,
        sbyte sb => sb,
        ulong ul => (long)ul,
        _ => 0,
    };
}
