namespace SecureConnectors.Runtime;

/// <summary>
/// What generated code built for one call: the escaped path relative to the base address, the query, the body and
/// the body's media type (<c>application/json</c> when none is given).
/// </summary>
internal sealed class OutgoingRequest
{
    public const string JsonMediaType = "application/json";

    public OutgoingRequest(string path, QueryBuilder? query, byte[]? body, string? bodyMediaType = null)
    {
        Path = path;
        Query = query;
        Body = body;
        BodyMediaType = bodyMediaType ?? JsonMediaType;
    }

    public string Path { get; }

    public QueryBuilder? Query { get; }

    public byte[]? Body { get; }

    public string BodyMediaType { get; }
}
