using System;

namespace SecureConnectors;

/// <summary>
/// A least-privilege view of a resource on a <c>partial record</c> or <c>partial class</c>: only its properties are
/// requested, read and kept. Each property matches a field of the resource by name and type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ProjectionAttribute : Attribute
{
    /// <summary>Declares the projection of <paramref name="resource"/>, a class marked with <see cref="ResourceAttribute"/>.</summary>
    public ProjectionAttribute(Type resource)
    {
        Resource = resource;
    }

    /// <summary>The projected resource.</summary>
    public Type Resource { get; }
}
