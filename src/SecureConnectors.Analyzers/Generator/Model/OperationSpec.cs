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
    EquatableArray<string> RequiredScopes,
    EquatableArray<HeaderSpec> Headers = default);

/// <summary>A piece of a route template: literal text, or the name of the parameter that fills it.</summary>
internal readonly record struct RouteSegment(bool IsParameter, string Text);
