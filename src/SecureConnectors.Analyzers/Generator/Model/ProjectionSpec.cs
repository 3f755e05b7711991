namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>A least-privilege projection and the resource fields it reads.</summary>
internal sealed record ProjectionSpec(
    string? Namespace,
    string Name,
    string FullName,
    bool IsRecord,
    bool UsesConstructor,
    string ResourceName,
    EquatableArray<ProjectedFieldSpec> Fields);

/// <summary>One property of a projection with what its resource field declares.</summary>
internal sealed record ProjectedFieldSpec(
    string PropertyName,
    string JsonName,
    ValueKind Kind,
    bool IsNullable,
    string? Scope,
    int Classification);
