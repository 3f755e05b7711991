using System;

namespace SecureConnectors;

/// <summary>Sends the parameter as a query string parameter, under its own name or the one given; null values are left out.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class QueryAttribute : Attribute
{
    /// <summary>Sends the parameter under its own name.</summary>
    public QueryAttribute()
    {
    }

    /// <summary>Sends the parameter under <paramref name="name"/>.</summary>
    public QueryAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The query parameter's name; null uses the parameter's name.</summary>
    public string? Name { get; }
}
