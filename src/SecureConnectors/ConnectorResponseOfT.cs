using System;
using System.Collections.Generic;
using System.Net;

namespace SecureConnectors;

/// <summary>A provider's answer with the value read from its body: what <c>Task&lt;T&gt;</c> gives, plus status and headers.</summary>
/// <typeparam name="T">The projection, or the list of projections, read from the body.</typeparam>
public sealed class ConnectorResponse<T> : ConnectorResponse
{
    /// <summary>Creates a response with a value (for test doubles; clients build their own). The headers are copied.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">Header names and their values; null: none. Names compare case-insensitively in the copy.</param>
    /// <param name="location">The absolute <c>Location</c>, or null.</param>
    /// <param name="value">The value read from the body.</param>
    /// <exception cref="ArgumentException"><paramref name="location"/> is relative, or two header names differ only in case.</exception>
    public ConnectorResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers, Uri? location, T value)
        : base(statusCode, headers, location)
    {
        Value = value;
    }

    internal ConnectorResponse(ConnectorResponse metadata, T value)
        : base(metadata.StatusCode, metadata.HeaderTable, metadata.Location)
    {
        Value = value;
    }

    /// <summary>The value read from the body, as <c>Task&lt;T&gt;</c> would have returned it.</summary>
    public T Value { get; }
}
