namespace SecureConnectors.Runtime;

/// <summary>What generated code built for one call: the escaped path relative to the base address, the query and the body.</summary>
internal sealed class OutgoingRequest
{
    public OutgoingRequest(string path, QueryBuilder? query, byte[]? body)
    {
        Path = path;
        Query = query;
        Body = body;
    }

    public string Path { get; }

    public QueryBuilder? Query { get; }

    public byte[]? Body { get; }
}
