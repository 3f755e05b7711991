using System;
using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>
/// One declared data-residency region: its base address and the only host its calls (and their redirects) may reach.
/// <see cref="ConnectorOptions.AllowedHosts"/> does not widen it: residency is declared, not configured.
/// </summary>
internal sealed class RegionEndpoint
{
    private static readonly IReadOnlyDictionary<string, RegionEndpoint> None = new Dictionary<string, RegionEndpoint>();

    private RegionEndpoint(string name, Uri baseUri)
    {
        Name = name;
        BaseUri = baseUri;
        Hosts = new HostAllowList(new[] { baseUri.IdnHost }, Array.Empty<string>());
    }

    public string Name { get; }

    public Uri BaseUri { get; }

    public HostAllowList Hosts { get; }

    /// <summary>Reads name, base URL pairs as the generator writes them; names compare ordinally.</summary>
    public static IReadOnlyDictionary<string, RegionEndpoint> FromPairs(IReadOnlyList<string>? pairs)
    {
        if (pairs is null || pairs.Count == 0)
        {
            return None;
        }

        if (pairs.Count % 2 != 0)
        {
            throw new ArgumentException("Regions are given as name, base URL pairs.", nameof(pairs));
        }

        var regions = new Dictionary<string, RegionEndpoint>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Count; i += 2)
        {
            var baseUri = new Uri(pairs[i + 1], UriKind.Absolute);
            if (!string.Equals(baseUri.Scheme, "https", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("A region's base URL must be https.", nameof(pairs));
            }

            regions.Add(pairs[i], new RegionEndpoint(pairs[i], baseUri));
        }

        return regions;
    }
}
