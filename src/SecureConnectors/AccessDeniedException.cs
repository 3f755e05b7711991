using System;
using System.Collections.Generic;

namespace SecureConnectors;

/// <summary>The call's actor holds none of the roles the operation requires; nothing was sent and no credential requested.</summary>
public sealed class AccessDeniedException : ConnectorException
{
    /// <summary>Creates the exception for the roles that would have allowed the call.</summary>
    public AccessDeniedException(string message, IReadOnlyList<string> requiredRoles)
        : base(message)
    {
        RequiredRoles = requiredRoles ?? Array.Empty<string>();
    }

    /// <summary>The roles of which the actor needed one.</summary>
    public IReadOnlyList<string> RequiredRoles { get; }
}
