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

    /// <summary>For a parameter holding several values (<c>IEnumerable&lt;T&gt;</c>): repeat the name, or join with commas.</summary>
    public QueryCollection Collection { get; set; }

    /// <summary>
    /// A .NET format string for a <c>DateOnly</c>, <c>DateTime</c> or <c>DateTimeOffset</c> value (<c>yyyy-MM-dd</c>),
    /// applied with the invariant culture; null sends ISO 8601 with the offset kept.
    /// </summary>
    public string? Format { get; set; }
}
