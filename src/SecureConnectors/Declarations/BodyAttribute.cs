using System;

namespace SecureConnectors;

/// <summary>
/// Sends the parameter as the request's body, written by generated code (no reflection): JSON by default, or a form
/// with <see cref="BodyFormat.Form"/>. Nulls are left out, names follow <c>[JsonPropertyName]</c> and then the
/// connector's <see cref="ConnectorAttribute.Naming"/>. At most one per operation.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
    /// <summary>Sends the parameter as JSON.</summary>
    public BodyAttribute()
    {
    }

    /// <summary>Sends the parameter in the given format.</summary>
    public BodyAttribute(BodyFormat format)
    {
        Format = format;
    }

    /// <summary>How the body is written.</summary>
    public BodyFormat Format { get; }
}
