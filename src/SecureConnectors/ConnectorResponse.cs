using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net;

namespace SecureConnectors;

/// <summary>
/// What a provider answered besides the body: the status, the response and content headers, and the
/// <c>Location</c> of a created record. An operation returning <c>Task&lt;ConnectorResponse&gt;</c> reads no body;
/// <see cref="ConnectorResponse{T}"/> adds the value read from it.
/// </summary>
/// <remarks>
/// Only a success status (2xx) reaches the caller: any other status throws as it does for every operation.
/// <see cref="Headers"/> are the provider's as received, <c>Set-Cookie</c> included: they are response data, may
/// hold tokens or personal data, and belong in no log. Nothing from the request (the credential least of all) is in them.
/// </remarks>
public class ConnectorResponse
{
    private static readonly ReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new ReadOnlyDictionary<string, IReadOnlyList<string>>(new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Creates a response (for test doubles; clients build their own). The headers are copied.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">Header names and their values; null: none. Names compare case-insensitively in the copy.</param>
    /// <param name="location">The absolute <c>Location</c>, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="location"/> is relative, or two header names differ only in case.</exception>
    public ConnectorResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers, Uri? location)
        : this(statusCode, Copy(headers), location)
    {
    }

    // Headers already case-insensitive and read-only: built by the client from the response, or copied above.
    private protected ConnectorResponse(HttpStatusCode statusCode, ReadOnlyDictionary<string, IReadOnlyList<string>> headers, Uri? location)
    {
        if (location is not null && !location.IsAbsoluteUri)
        {
            throw new ArgumentException("The Location must be absolute: resolve it against the request's address.", nameof(location));
        }

        StatusCode = statusCode;
        HeaderTable = headers;
        Location = location;
    }

    /// <summary>The HTTP status the provider answered with (a 2xx; other statuses throw).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// The response headers and the content headers (<c>Content-Type</c>, <c>Content-Length</c>...), names compared
    /// case-insensitively; a header sent several times has several values.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => HeaderTable;

    // The same dictionary, typed so that a ConnectorResponse<T> built from this one shares it without a copy.
    internal ReadOnlyDictionary<string, IReadOnlyList<string>> HeaderTable { get; }

    /// <summary>
    /// The <c>Location</c> header made absolute against the address that answered (the last one, after the redirects the
    /// client followed); null when the provider sent none. It is the provider's data: the client does not check its host.
    /// </summary>
    public Uri? Location { get; }

    /// <summary>A response built by the client from what the provider sent; <paramref name="headers"/> is not copied again.</summary>
    internal static ConnectorResponse FromProvider(HttpStatusCode statusCode, ReadOnlyDictionary<string, IReadOnlyList<string>> headers, Uri? location) =>
        new(statusCode, headers, location);

    private static ReadOnlyDictionary<string, IReadOnlyList<string>> Copy(IReadOnlyDictionary<string, IReadOnlyList<string>>? headers)
    {
        if (headers is null || headers.Count == 0)
        {
            return NoHeaders;
        }

        var copy = new Dictionary<string, IReadOnlyList<string>>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (copy.ContainsKey(header.Key))
            {
                throw new ArgumentException($"Header '{header.Key}' is given twice (names are case-insensitive).", nameof(headers));
            }

            copy.Add(header.Key, new ReadOnlyCollection<string>(new List<string>(header.Value ?? Array.Empty<string>())));
        }

        return new ReadOnlyDictionary<string, IReadOnlyList<string>>(copy);
    }
}
