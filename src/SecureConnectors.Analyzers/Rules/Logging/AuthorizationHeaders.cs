using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// An Authorization header's value is the credential, whatever the variable is called:
/// <c>request.Headers.Authorization?.Parameter</c> is the bearer token or the Basic pair, and an
/// <c>AuthenticationHeaderValue</c> itself prints as <c>"Bearer &lt;token&gt;"</c>, and a request's whole
/// <c>HttpRequestHeaders</c> holds it among the others. Its <c>Scheme</c> is not.
/// </summary>
internal static class AuthorizationHeaders
{
    private const string HeadersNamespace = "System.Net.Http.Headers";
    private const string HeaderValueType = "AuthenticationHeaderValue";

    public static bool Holds(IPropertyReferenceOperation property) =>
        IsHeaderValue(property.Type)
        || IsRequestHeaders(property.Type)
        || (property.Property.Name == "Parameter" && IsHeaderValue(property.Property.ContainingType));

    // request.Headers, or DefaultRequestHeaders, written whole (or each header's values joined): the Authorization header
    // goes with the others. A response's headers carry no request credential and are not this.
    private static bool IsRequestHeaders(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "HttpRequestHeaders" } named
        && named.ContainingNamespace?.ToDisplayString() == HeadersNamespace;

    private static bool IsHeaderValue(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: HeaderValueType } named
        && named.ContainingNamespace?.ToDisplayString() == HeadersNamespace;
}
