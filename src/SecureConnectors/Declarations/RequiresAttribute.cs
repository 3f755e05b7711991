using System;

namespace SecureConnectors;

/// <summary>Scopes an operation needs beyond the scopes of the fields it reads (a write, for instance).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class RequiresAttribute : Attribute
{
    /// <summary>Declares the scopes the operation needs.</summary>
    public RequiresAttribute(params string[] scopes)
    {
        Scopes = scopes ?? Array.Empty<string>();
    }

    /// <summary>The scopes the operation needs.</summary>
    public string[] Scopes { get; }
}
