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

    /// <summary>Parameters: sent and read by wire name.</summary>
    Enum,

    /// <summary>Projections and request values (<c>yyyy-MM-dd</c>).</summary>
    DateOnly,

    /// <summary>Projections and request values (the address as given).</summary>
    Uri,
}
