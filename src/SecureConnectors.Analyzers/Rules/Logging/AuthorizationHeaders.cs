using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// An Authorization header's value is the credential, whatever the variable is called:
/// <c>request.Headers.Authorization?.Parameter</c> is the bearer token or the Basic pair, and an
/// <c>AuthenticationHeaderValue</c> itself prints as <c>"Bearer &lt;token&gt;"</c>. Its <c>Scheme</c> is not.
/// </summary>
internal static class AuthorizationHeaders
{
    private const string HeadersNamespace = "System.Net.Http.Headers";
    private const string HeaderValueType = "AuthenticationHeaderValue";

    public static bool Holds(IPropertyReferenceOperation property) =>
        IsHeaderValue(property.Type)
        || (property.Property.Name == "Parameter" && IsHeaderValue(property.Property.ContainingType));

    private static bool IsHeaderValue(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: HeaderValueType } named
        && named.ContainingNamespace?.ToDisplayString() == HeadersNamespace;
}
