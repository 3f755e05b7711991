using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// An Authorization header's value is the credential, whatever the variable is called:
/// <c>request.Headers.Authorization?.Parameter</c> is the bearer token or the Basic pair, and an
/// <c>AuthenticationHeaderValue</c> itself prints as <c>"Bearer &lt;token&gt;"</c>, and a request's whole
/// <c>HttpRequestHeaders</c> holds it among the others; so does ASP.NET Core's <c>Request.Headers.Authorization</c> or
/// <c>Request.Headers["Authorization"]</c>, the credential a caller sent, and any request type's whole <c>Headers</c>.
/// Its <c>Scheme</c> is not.
/// </summary>
internal static class AuthorizationHeaders
{
    private const string HeadersNamespace = "System.Net.Http.Headers";
    private const string HeaderValueType = "AuthenticationHeaderValue";

    public static bool Holds(IPropertyReferenceOperation property) =>
        IsHeaderValue(property.Type)
        || IsRequestHeaders(property.Type)
        || IsHeadersOfRequest(property.Property)
        || (property.Property.Name == "Parameter" && IsHeaderValue(property.Property.ContainingType))
        || IsAuthorizationOfHeaderCollection(property);

    // ASP.NET Core's Request.Headers.Authorization and Request.Headers["Authorization"] (IHeaderDictionary), and any
    // header collection's Authorization or Proxy-Authorization member or entry: the credential the caller sent.
    private static bool IsAuthorizationOfHeaderCollection(IPropertyReferenceOperation property)
    {
        var owner = property.Property.ContainingType?.Name ?? "";
        if (owner.IndexOf("Header", System.StringComparison.Ordinal) < 0)
        {
            return false;
        }

        if (!property.Property.IsIndexer)
        {
            return property.Property.Name is "Authorization" or "ProxyAuthorization";
        }

        return property.Arguments.Length == 1
            && property.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name }
            && (string.Equals(name, "Authorization", System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Proxy-Authorization", System.StringComparison.OrdinalIgnoreCase));
    }

    // request.Headers, or DefaultRequestHeaders, written whole (or each header's values joined): the Authorization header
    // goes with the others. A response's headers carry no request credential and are not this.
    private static bool IsRequestHeaders(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "HttpRequestHeaders" } named
        && named.ContainingNamespace?.ToDisplayString() == HeadersNamespace;

    /// <summary>
    /// A request's whole header collection, whatever its type: ASP.NET Core's <c>HttpRequest.Headers</c>, Azure Functions'
    /// <c>HttpRequestData.Headers</c>, an API Gateway event's <c>Headers</c> and <c>MultiValueHeaders</c>: the property of
    /// a type whose name says request (and not response).
    /// </summary>
    public static bool IsHeadersOfRequest(IPropertySymbol property) =>
        !property.IsIndexer
        && property.Name is "Headers" or "MultiValueHeaders"
        && property.Type.SpecialType != SpecialType.System_String
        && property.ContainingType is { } owner
        && owner.Name.IndexOf("Request", System.StringComparison.Ordinal) >= 0
        && owner.Name.IndexOf("Response", System.StringComparison.Ordinal) < 0;

    private static bool IsHeaderValue(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: HeaderValueType } named
        && named.ContainingNamespace?.ToDisplayString() == HeadersNamespace;
}
