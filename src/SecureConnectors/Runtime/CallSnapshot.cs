using System;
using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>
/// Everything a call reads from its surroundings, taken once at its start: tenant, actor and region (the
/// <see cref="ConnectorContext"/> scope first, then the options), the options' limits and the roles that read
/// restricted data. The policy, the credential
/// request, the fields asked and the audit event all use this one snapshot, so a concurrent change of the shared
/// options cannot mix two tenants in one call.
/// </summary>
internal sealed class CallSnapshot
{
    private static readonly string[] NoRoles = Array.Empty<string>();

    private CallSnapshot(ConnectorOptions options, ConnectorDefinition connector)
    {
        Tenant = ConnectorContext.Tenant ?? options.Tenant;
        Actor = ConnectorContext.Actor ?? options.Actor;
        Region = ConnectorContext.Region ?? options.Region;
        RestrictedDataRoles = Copy(options.RestrictedDataRoles);
        AllowLoopbackHttp = options.AllowLoopbackHttp;
        AllowNonExpiringCredentials = options.AllowNonExpiringCredentials;
        MaxCredentialLifetime = options.MaxCredentialLifetime;
        MaxResponseBytes = options.MaxResponseBytes;
        Timeout = options.Timeout;
        MaxPages = options.MaxPages;
        if (connector.Regions.Count == 0)
        {
            Hosts = HostsFor(options, connector);
        }
        else
        {
            // A region's call reaches its region's host only; without a declared region it reaches nothing.
            RegionEndpoint = Region is not null && connector.Regions.TryGetValue(Region, out var endpoint) ? endpoint : null;
            Hosts = RegionEndpoint?.Hosts ?? HostAllowList.Nothing;
        }
    }

    public string? Tenant { get; }

    public string? Actor { get; }

    /// <summary>The region the call is made for (recorded even when the connector declares none).</summary>
    public string? Region { get; }

    /// <summary>The declared region the call goes to; null for a connector without regions, or a region it does not declare.</summary>
    public RegionEndpoint? RegionEndpoint { get; }

    /// <summary>The roles that may read restricted fields; empty: no role gate on them.</summary>
    public IReadOnlyList<string> RestrictedDataRoles { get; }

    public bool AllowLoopbackHttp { get; }

    public bool AllowNonExpiringCredentials { get; }

    public TimeSpan MaxCredentialLifetime { get; }

    public long MaxResponseBytes { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The page limit of a paged enumeration; the first page's snapshot bounds the whole enumeration.</summary>
    public int MaxPages { get; }

    public HostAllowList Hosts { get; }

    public static CallSnapshot Take(ConnectorOptions options, ConnectorDefinition connector) => new(options, connector);

    private static IReadOnlyList<string> Copy(IList<string> roles)
    {
        lock (roles)
        {
            if (roles.Count == 0)
            {
                return NoRoles;
            }

            var copy = new string[roles.Count];
            roles.CopyTo(copy, 0);
            return copy;
        }
    }

    // The allow-list is rebuilt only when the options' AllowedHosts changed: a call copies the entries (its snapshot)
    // and reuses the last list built from the same entries, so the common case allocates nothing here.
    private static HostAllowList HostsFor(ConnectorOptions options, ConnectorDefinition connector)
    {
        lock (options.AllowedHosts)
        {
            if (options.HostsCache is { } cached && cached.Connector == connector && SameEntries(cached.Entries, options.AllowedHosts))
            {
                return cached.Hosts;
            }

            var entries = new string[options.AllowedHosts.Count];
            options.AllowedHosts.CopyTo(entries, 0);
            var hosts = new HostAllowList(connector.DeclaredHosts, entries);
            options.HostsCache = new ConnectorOptions.AllowListCache(connector, entries, hosts);
            return hosts;
        }
    }

    private static bool SameEntries(string[] cached, IList<string> current)
    {
        if (cached.Length != current.Count)
        {
            return false;
        }

        for (var i = 0; i < cached.Length; i++)
        {
            if (!string.Equals(cached[i], current[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
