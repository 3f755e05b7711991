using System;

namespace SecureConnectors;

/// <summary>The scopes a connector is granted: the ceiling for everything its operations and projections need.</summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class GrantAttribute : Attribute
{
    /// <summary>Grants the scopes, named as the provider names them.</summary>
    public GrantAttribute(params string[] scopes)
    {
        Scopes = scopes ?? Array.Empty<string>();
    }

    /// <summary>The granted scopes.</summary>
    public string[] Scopes { get; }
}
