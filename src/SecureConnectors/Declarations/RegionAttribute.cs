using System;

namespace SecureConnectors;

/// <summary>
/// Declares a data-residency region of a connector and the only base address its calls use: a call made for a region
/// goes to that region's <see cref="BaseUrl"/> and nowhere else. A connector that declares regions refuses a call with
/// no region, or with one it does not declare (<see cref="ResidencyException"/>), before a credential is requested.
/// </summary>
/// <example><c>[Region("eu", BaseUrl = "https://api.eu.acme-hris.example/v2/")]</c></example>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class RegionAttribute : Attribute
{
    /// <summary>Declares the region <paramref name="name"/> (compared ordinally: <c>eu</c> is not <c>EU</c>).</summary>
    public RegionAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The region's name, as <see cref="ConnectorContext"/> and <see cref="ConnectorOptions.Region"/> set it.</summary>
    public string Name { get; }

    /// <summary>The region's absolute https base address.</summary>
    public string? BaseUrl { get; set; }
}
