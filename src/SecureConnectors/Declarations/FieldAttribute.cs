using System;

namespace SecureConnectors;

/// <summary>
/// A field of a provider resource: its JSON name or dotted path (<c>owner.login</c>), the scope that reads it, and how
/// sensitive it is. On a property of a nested class (an object, a list item) the name is relative to that object, and
/// the field inherits the scope and classification of the field that holds it unless it declares its own.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class FieldAttribute : Attribute
{
    /// <summary>Declares the field by its JSON name in the provider's responses, or a dotted path to a nested value.</summary>
    public FieldAttribute(string jsonName)
    {
        JsonName = jsonName;
    }

    /// <summary>The field's JSON name, or its dotted path.</summary>
    public string JsonName { get; }

    /// <summary>
    /// The name sent for this field in the connector's fields parameter. Null (the default): the first segment of the
    /// path (<c>owner</c> for <c>owner.login</c>); <c>""</c>: never sent (a field the provider always returns, such as
    /// HubSpot's top-level <c>id</c> under <c>FieldsParameter = "properties"</c>); otherwise that name
    /// (<c>[Field("properties.email", Select = "email")]</c>).
    /// </summary>
    public string? Select { get; set; }

    /// <summary>The scope needed to read the field; null means readable under any grant.</summary>
    public string? Scope { get; set; }

    /// <summary>How sensitive the field's values are.</summary>
    public DataClass Classification { get; set; } = DataClass.Internal;
}
