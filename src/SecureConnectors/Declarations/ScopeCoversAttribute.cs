using System;

namespace SecureConnectors;

/// <summary>
/// Tells the scope rules and the client that one of the provider's scopes includes others, for providers whose names
/// do not follow the built-in convention (<c>&lt;resource&gt;:write</c> covers <c>&lt;resource&gt;:read</c>).
/// For example <c>[ScopeCovers("crm.full", "contacts.read", "contacts.write")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ScopeCoversAttribute : Attribute
{
    /// <summary>Declares that <paramref name="scope"/> covers each of <paramref name="covered"/>.</summary>
    public ScopeCoversAttribute(string scope, params string[] covered)
    {
        Scope = scope;
        Covered = covered ?? Array.Empty<string>();
    }

    /// <summary>The broader scope.</summary>
    public string Scope { get; }

    /// <summary>The scopes it includes.</summary>
    public string[] Covered { get; }
}
