using System;

namespace SecureConnectors.Runtime;

/// <summary>
/// What generated code built for one call: the escaped path relative to the base address, the query and the body; or,
/// for a page after the first of a Link-paged operation, the provider's absolute next link and the origin it must keep.
/// </summary>
internal sealed class OutgoingRequest
{
    public OutgoingRequest(string path, QueryBuilder? query, byte[]? body)
    {
        Path = path;
        Query = query;
        Body = body;
    }

    private OutgoingRequest(Uri link, Uri origin)
    {
        Path = "";
        Link = link;
        LinkOrigin = origin;
    }

    public string Path { get; }

    public QueryBuilder? Query { get; }

    public byte[]? Body { get; }

    /// <summary>The next page's address as the provider linked it (it carries the first request's query; the fields parameter is redone per page).</summary>
    public Uri? Link { get; }

    /// <summary>The first request's address: <see cref="Link"/> must have its scheme, host and port.</summary>
    public Uri? LinkOrigin { get; }

    public static OutgoingRequest FollowLink(Uri link, Uri origin) => new(link, origin);
}
