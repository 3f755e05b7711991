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

    /// <summary>Parameters: formatted with ToString(); projections: read by wire name.</summary>
    Enum,

    /// <summary>Projections only.</summary>
    DateOnly,

    /// <summary>Projections only.</summary>
    Uri,
}
