using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>What generated code built for one call: the escaped path relative to the base address, the query and the body.</summary>
internal sealed class OutgoingRequest
{
    public OutgoingRequest(string path, QueryBuilder? query, byte[]? body, IReadOnlyList<string?>? headers = null)
    {
        Path = path;
        Query = query;
        Body = body;
        Headers = RequestHeaders.FromPairs(headers);
    }

    /// <summary>Per-call headers from the operation's <c>[Header]</c> parameters; those whose value is null are left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public string Path { get; }

    public QueryBuilder? Query { get; }

    public byte[]? Body { get; }
}
