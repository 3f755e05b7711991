using System;

namespace SecureConnectors;

/// <summary>
/// Only actors holding one of these roles may call the operation; the roles come from the client's
/// <see cref="IActorRoleProvider"/>. A client without one refuses the operation (<see cref="AccessDeniedException"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RolesAttribute : Attribute
{
    /// <summary>Declares the roles that may call the operation (any one of them suffices).</summary>
    public RolesAttribute(params string[] roles)
    {
        Roles = roles ?? Array.Empty<string>();
    }

    /// <summary>The roles that may call the operation.</summary>
    public string[] Roles { get; }
}
