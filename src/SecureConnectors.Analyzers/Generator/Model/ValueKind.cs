namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>The value types a projection field or a route/query parameter can have.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    Decimal,
    Guid,
    DateTimeOffset,
    DateTime,

    /// <summary>Parameters only: formatted with ToString().</summary>
    Enum,
}
