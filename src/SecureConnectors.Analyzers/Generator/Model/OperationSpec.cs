namespace SecureConnectors.Analyzers.Generator.Model;

internal enum ResponseShape
{
    /// <summary><c>Task</c>: the body is not read.</summary>
    None,

    /// <summary><c>Task&lt;TProjection&gt;</c>: one JSON object.</summary>
    Single,

    /// <summary><c>Task&lt;IReadOnlyList&lt;TProjection&gt;&gt;</c>: a JSON array of objects.</summary>
    List,

    /// <summary><c>Task&lt;TProjection?&gt;</c>: one JSON object, or null when the provider answers 404.</summary>
    SingleOrNull,

    /// <summary><c>IAsyncEnumerable&lt;TProjection&gt;</c>: the items of every page, read as they are enumerated.</summary>
    Paged,

    /// <summary><c>Task&lt;Stream&gt;</c>: the body as a stream, audited when the caller disposes it.</summary>
    Stream,

    /// <summary><c>Task&lt;byte[]&gt;</c>: the whole body as bytes.</summary>
    Bytes,

    /// <summary><c>Task&lt;ConnectorResponse&gt;</c>: status, headers and Location; the body is not read.</summary>
    Metadata,

    /// <summary><c>Task&lt;ConnectorResponse&lt;TProjection&gt;&gt;</c>: one JSON object with the response's metadata.</summary>
    MetadataSingle,

    /// <summary><c>Task&lt;ConnectorResponse&lt;IReadOnlyList&lt;TProjection&gt;&gt;&gt;</c>: a JSON array of objects with the response's metadata.</summary>
    MetadataList,
}

/// <summary>What the shapes mean for the generator and the manifest.</summary>
internal static class ResponseShapes
{
    /// <summary>Whether the body is read as a projection (one object or a list of them).</summary>
    public static bool ReadsProjection(this ResponseShape shape) =>
        shape is ResponseShape.Single or ResponseShape.List or ResponseShape.SingleOrNull or ResponseShape.Paged
            or ResponseShape.MetadataSingle or ResponseShape.MetadataList;

    /// <summary>Whether the projection is read from a JSON array (or the items of every page).</summary>
    public static bool ReadsList(this ResponseShape shape) =>
        shape is ResponseShape.List or ResponseShape.Paged or ResponseShape.MetadataList;

    /// <summary>Whether the body is handed over as bytes, unread by any projection.</summary>
    public static bool IsBinary(this ResponseShape shape) => shape is ResponseShape.Stream or ResponseShape.Bytes;
}

/// <summary>One interface method of a connector.</summary>
internal sealed record OperationSpec(
    string Name,
    string HttpMethod,
    string Route,
    EquatableArray<RouteSegment> RouteSegments,
    EquatableArray<ParameterSpec> Parameters,
    string ReturnTypeFullName,
    ResponseShape Shape,
    string? ProjectionFullName,
    string? ResourceName,
    EquatableArray<ProjectedFieldSpec> Fields,
    EquatableArray<string> DeclaredScopes,
    EquatableArray<string> RequiredScopes,
    string? ResultPath,
    PagingSpec? Paging,
    EquatableArray<HeaderSpec> Headers = default)
{
    /// <summary>The body, and the object types and enums its writers need (docs/declaring-apis.md, "Sending requests").</summary>
    public RequestSpec Request { get; init; } = RequestSpec.Empty;

    /// <summary>The second host's https base address the operation is called on, or null for the connector's.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The roles of which the caller needs one (<c>[Roles]</c>), sorted; empty: any caller.</summary>
    public EquatableArray<string> Roles { get; init; }
}

/// <summary>
/// A piece of a route template: literal text, or the name of the parameter that fills it; a catch-all
/// (<c>{**path}</c>) keeps the '/' between its escaped segments.
/// </summary>
internal readonly record struct RouteSegment(bool IsParameter, string Text, bool IsCatchAll = false);
