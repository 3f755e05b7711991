using System;
using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>
/// What generated code built for one call: the escaped path relative to the base address, the query, the body and
/// its media type (<c>application/json</c> when none is given), and per-call headers; or, for a page after the first of
/// a Link-paged operation, the provider's absolute next link and the origin it must keep.
/// </summary>
internal sealed class OutgoingRequest
{
    public const string JsonMediaType = "application/json";

    public OutgoingRequest(string path, QueryBuilder? query, byte[]? body, string? bodyMediaType = null, IReadOnlyList<string?>? headers = null)
    {
        Path = path;
        Query = query;
        Body = body;
        BodyMediaType = bodyMediaType ?? JsonMediaType;
        Headers = RequestHeaders.FromPairs(headers);
    }

    private OutgoingRequest(Uri link, Uri origin, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Path = "";
        Link = link;
        LinkOrigin = origin;
        BodyMediaType = JsonMediaType;
        Headers = headers;
    }

    /// <summary>Per-call headers from the operation's <c>[Header]</c> parameters; those whose value is null are left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public string Path { get; }

    public QueryBuilder? Query { get; }

    public byte[]? Body { get; }

    /// <summary>The next page's address as the provider linked it (it carries the first request's query; the fields parameter is redone per page).</summary>
    public Uri? Link { get; }

    /// <summary>The first request's address: <see cref="Link"/> must have its scheme, host and port.</summary>
    public Uri? LinkOrigin { get; }

    /// <summary>The next page at <paramref name="link"/>, with the same per-call headers as the first.</summary>
    public static OutgoingRequest FollowLink(Uri link, Uri origin, IReadOnlyList<KeyValuePair<string, string>> headers) => new(link, origin, headers);

    /// <summary>The same request with another query (the next page's cursor or number).</summary>
    public OutgoingRequest WithQuery(QueryBuilder query) => new(Path, query, Body, BodyMediaType, Headers);

    private OutgoingRequest(string path, QueryBuilder? query, byte[]? body, string bodyMediaType, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        Path = path;
        BodyMediaType = bodyMediaType;
        Query = query;
        Body = body;
        Headers = headers;
    }

    /// <summary>The body's media type: <c>application/json</c>, or <c>application/x-www-form-urlencoded</c> for a form body.</summary>
    public string BodyMediaType { get; }
}
