using System;
using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>
/// Everything a call reads from its surroundings, taken once at its start: tenant and actor (the
/// <see cref="ConnectorContext"/> scope first, then the options) and the options' limits. The policy, the credential
/// request, the fields asked and the audit event all use this one snapshot, so a concurrent change of the shared
/// options cannot mix two tenants in one call.
/// </summary>
internal sealed class CallSnapshot
{
    private CallSnapshot(ConnectorOptions options, HostAllowList hosts)
    {
        Tenant = ConnectorContext.Tenant ?? options.Tenant;
        Actor = ConnectorContext.Actor ?? options.Actor;
        AllowLoopbackHttp = options.AllowLoopbackHttp;
        AllowNonExpiringCredentials = options.AllowNonExpiringCredentials;
        MaxCredentialLifetime = options.MaxCredentialLifetime;
        MaxResponseBytes = options.MaxResponseBytes;
        Timeout = options.Timeout;
        MaxPages = options.MaxPages;
        Hosts = hosts;
    }

    public string? Tenant { get; }

    public string? Actor { get; }

    public bool AllowLoopbackHttp { get; }

    public bool AllowNonExpiringCredentials { get; }

    public TimeSpan MaxCredentialLifetime { get; }

    public long MaxResponseBytes { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The page limit of a paged enumeration; the first page's snapshot bounds the whole enumeration.</summary>
    public int MaxPages { get; }

    public HostAllowList Hosts { get; }

    public static CallSnapshot Take(ConnectorOptions options, ConnectorDefinition connector) =>
        new(options, HostsFor(options, connector));

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
