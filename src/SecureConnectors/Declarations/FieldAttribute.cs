using System;

namespace SecureConnectors;

/// <summary>A field of a provider resource: its JSON name, the scope that reads it, and how sensitive it is.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class FieldAttribute : Attribute
{
    /// <summary>Declares the field by its JSON name in the provider's responses.</summary>
    public FieldAttribute(string jsonName)
    {
        JsonName = jsonName;
    }

    /// <summary>The field's JSON name.</summary>
    public string JsonName { get; }

    /// <summary>The scope needed to read the field; null means readable under any grant.</summary>
    public string? Scope { get; set; }

    /// <summary>How sensitive the field's values are.</summary>
    public DataClass Classification { get; set; } = DataClass.Internal;
}
