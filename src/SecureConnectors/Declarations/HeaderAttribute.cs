using System;

namespace SecureConnectors;

/// <summary>
/// A request header. On the connector interface or an operation, a fixed value sent with every call (an operation's
/// header replaces the connector's of the same name; an <c>Accept</c> replaces the default <c>application/json</c>):
/// <c>[Header("User-Agent", "acme-sync/1.0")]</c>. On a string parameter, a per-call value sent when not null:
/// <c>[Header("Idempotency-Key")] string? idempotencyKey</c>. Headers never carry credentials: those come only from
/// the <see cref="ICredentialProvider"/>, and a header named like one is a declaration error.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = true, Inherited = false)]
public sealed class HeaderAttribute : Attribute
{
    /// <summary>A header whose value is the parameter's (on a parameter).</summary>
    public HeaderAttribute(string name)
    {
        Name = name;
    }

    /// <summary>A header with a fixed value (on the connector interface or an operation).</summary>
    public HeaderAttribute(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The header's name.</summary>
    public string Name { get; }

    /// <summary>The fixed value; null on a parameter, whose value is sent.</summary>
    public string? Value { get; }
}
