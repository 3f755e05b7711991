using System;
using System.Collections.Generic;

namespace SecureConnectors;

/// <summary>An operation needs scopes that are not granted (to this tenant); nothing was sent.</summary>
public sealed class ScopeDeniedException : ConnectorException
{
    /// <summary>Creates the exception for the scopes that are missing.</summary>
    public ScopeDeniedException(string message, IReadOnlyList<string> missingScopes)
        : base(message)
    {
        MissingScopes = missingScopes ?? Array.Empty<string>();
    }

    /// <summary>The scopes the operation needs and was not granted.</summary>
    public IReadOnlyList<string> MissingScopes { get; }
}
