namespace SecureConnectors.Analyzers.Generator.Model;

internal enum ResponseShape
{
    /// <summary><c>Task</c>: the body is not read.</summary>
    None,

    /// <summary><c>Task&lt;TProjection&gt;</c>: one JSON object.</summary>
    Single,

    /// <summary><c>Task&lt;IReadOnlyList&lt;TProjection&gt;&gt;</c>: a JSON array of objects.</summary>
    List,
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
    EquatableArray<string> RequiredScopes)
{
    /// <summary>The body, and the object types and enums its writers need (docs/declaring-apis.md, "Sending requests").</summary>
    public RequestSpec Request { get; init; } = RequestSpec.Empty;
}

/// <summary>
/// A piece of a route template: literal text, or the name of the parameter that fills it; a catch-all
/// (<c>{**path}</c>) keeps the '/' between its escaped segments.
/// </summary>
internal readonly record struct RouteSegment(bool IsParameter, string Text, bool IsCatchAll = false);
