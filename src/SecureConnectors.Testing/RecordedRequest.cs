using System;
using System.Collections.Generic;

namespace SecureConnectors.Testing;

/// <summary>
/// One request a <see cref="FakeProvider"/> received, as it arrived, with what the fake made of it. The credential's
/// value is redacted from <see cref="Headers"/> and from <see cref="ToString"/>; <see cref="RevealCredential"/> gives it
/// to a test that must compare it.
/// </summary>
public sealed class RecordedRequest
{
    private readonly string? credential;

    internal RecordedRequest(
        string method,
        Uri uri,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        string? body,
        string? credential,
        string? connector,
        string? operation,
        string? routeTemplate,
        IReadOnlyList<string>? requestedFields,
        bool toDeclaredHost,
        int statusCode)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
        this.credential = credential;
        Connector = connector;
        Operation = operation;
        RouteTemplate = routeTemplate;
        RequestedFields = requestedFields;
        ToDeclaredHost = toDeclaredHost;
        StatusCode = statusCode;
    }

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The absolute request URI.</summary>
    public Uri Uri { get; }

    /// <summary>
    /// Request and content headers as sent, one entry per value; the value of every connector's credential header and of
    /// <c>Authorization</c> is <c>***</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body as text; null when the request had none.</summary>
    public string? Body { get; }

    /// <summary>True when the request carried the connector's credential header with a value.</summary>
    public bool HasCredential => credential is not null;

    /// <summary>The connector whose declared host the request went to; null for an undeclared host.</summary>
    public string? Connector { get; }

    /// <summary>The name of the declared operation the request matched; null when it matched none.</summary>
    public string? Operation { get; }

    /// <summary>The matched operation's route template (never the filled path); null when it matched none.</summary>
    public string? RouteTemplate { get; }

    /// <summary>The names asked for in the connector's fields parameter; null when the request had no fields parameter.</summary>
    public IReadOnlyList<string>? RequestedFields { get; }

    /// <summary>True when the host is one the manifest declares.</summary>
    public bool ToDeclaredHost { get; }

    /// <summary>The status the fake answered with.</summary>
    public int StatusCode { get; }

    /// <summary>The credential header's value as sent (scheme included); null when there was none. Compare it, never log it.</summary>
    public string? RevealCredential() => credential;

    /// <summary>
    /// Method and route template with the operation (<c>GET employees/{id} (acme-hris.GetEmployeeAsync)</c>), or method,
    /// host and path for a request that matched no operation; never the credential.
    /// </summary>
    public override string ToString() => Operation is null
        ? $"{Method} {Uri.Host}{Uri.AbsolutePath} (no declared operation)"
        : $"{Method} {RouteTemplate} ({Connector}.{Operation})";
}
