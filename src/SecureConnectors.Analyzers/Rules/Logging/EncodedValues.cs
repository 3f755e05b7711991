using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// Calls that write a value in another alphabet and keep all of it: <c>Convert.ToHexString</c>/<c>ToBase64String</c>,
/// <c>BitConverter.ToString</c>, an <c>Encoding</c>'s <c>GetBytes</c>/<c>GetString</c>, and the Base64url encoders
/// (<c>Base64UrlEncoder.Encode</c>, <c>WebEncoders.Base64UrlEncode</c>, <c>Base64Url.EncodeToString</c>). A hash is not one
/// of them: it keeps nothing a reader could use.
/// </summary>
internal static class EncodedValues
{
    /// <summary>The value an encoding call writes out, or null when the call is not one.</summary>
    public static IOperation? EncodedArgument(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null || invocation.Arguments.Length == 0)
        {
            return null;
        }

        var ns = type.ContainingNamespace?.ToDisplayString();
        var encodes = (type.Name, method.Name) switch
        {
            ("Convert", "ToBase64String" or "ToHexString" or "ToHexStringLower" or "ToBase64CharArray") => ns == "System",
            ("BitConverter", "ToString") => ns == "System",
            ("WebEncoders", "Base64UrlEncode") => true,
            _ => (method.Name is "GetBytes" or "GetString" && IsEncoding(type))
                || (type.Name.StartsWith("Base64", System.StringComparison.Ordinal) && method.Name.StartsWith("Encode", System.StringComparison.Ordinal)),
        };

        return encodes ? invocation.Arguments[0].Value : null;
    }

    /// <summary>byte[], and the spans and memories of bytes.</summary>
    public static bool IsBytes(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType.SpecialType == SpecialType.System_Byte,
        INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", TypeArguments.Length: 1 } named =>
            named.TypeArguments[0].SpecialType == SpecialType.System_Byte,
        _ => false,
    };

    // Encoding.UTF8 is an Encoding; UTF8Encoding and the rest derive from it.
    private static bool IsEncoding(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && current.ContainingNamespace?.ToDisplayString() == "System.Text")
            {
                return true;
            }
        }

        return false;
    }
}
