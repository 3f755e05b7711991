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

    /// <summary>Parameters only: sent by wire name.</summary>
    Enum,

    /// <summary>Request values only (bodies, queries, routes): <c>yyyy-MM-dd</c>.</summary>
    DateOnly,

    /// <summary>Request values only: the address as given.</summary>
    Uri,
}
