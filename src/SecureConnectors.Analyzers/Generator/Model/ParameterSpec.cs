namespace SecureConnectors.Analyzers.Generator.Model;

internal enum ParameterRole
{
    Route,
    Query,
    Body,
    CancellationToken,
    Header,
}

/// <summary>One parameter of an operation and how it reaches the request.</summary>
internal sealed record ParameterSpec(
    string Name,
    string TypeFullName,
    ParameterRole Role,
    string? QueryName,
    ValueKind Kind,
    bool IsNullableValueType,
    string? DefaultValueText,
    string? HeaderName = null)
{
    /// <summary>Enum wire names, a date format, a query collection; null for a plain value.</summary>
    public ValueFormatSpec? Formatting { get; init; }
}
