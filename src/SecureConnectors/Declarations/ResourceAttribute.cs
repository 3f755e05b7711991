using System;

namespace SecureConnectors;

/// <summary>Describes a provider resource: a class whose <see cref="FieldAttribute"/> properties are the provider's fields.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ResourceAttribute : Attribute
{
    /// <summary>Declares the resource by the provider's name for it.</summary>
    public ResourceAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The provider's name for the resource.</summary>
    public string Name { get; }
}
