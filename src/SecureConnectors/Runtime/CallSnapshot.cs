using System;

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

    public static CallSnapshot Take(ConnectorOptions options, ConnectorDefinition connector)
    {
        string[] allowed;
        lock (options.AllowedHosts)
        {
            allowed = new string[options.AllowedHosts.Count];
            options.AllowedHosts.CopyTo(allowed, 0);
        }

        return new CallSnapshot(options, new HostAllowList(connector.DeclaredHosts, allowed));
    }
}
