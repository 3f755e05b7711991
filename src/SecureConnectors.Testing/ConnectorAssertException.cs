using System;
using System.Collections.Generic;

namespace SecureConnectors.Testing;

/// <summary>
/// A <see cref="ConnectorAssert"/> check failed. The message names each offending request by method and route template
/// (or host and path when it matched no operation), never by a credential value.
/// </summary>
public sealed class ConnectorAssertException : Exception
{
    /// <summary>Creates the exception for <paramref name="violations"/>.</summary>
    public ConnectorAssertException(string message, IReadOnlyList<RecordedRequest> violations)
        : base(message)
    {
        Violations = violations ?? throw new ArgumentNullException(nameof(violations));
    }

    /// <summary>The requests that broke the rule; empty when the fake received no request at all.</summary>
    public IReadOnlyList<RecordedRequest> Violations { get; }
}
