using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SecureConnectors;

/// <summary>
/// Run-time settings of a generated connector client. Ranges are checked where a value is set; each call takes one
/// snapshot of these settings at its start, so changing them affects later calls only.
/// </summary>
public sealed class ConnectorOptions
{
    /// <summary>The largest <see cref="MaxResponseBytes"/>: 2 GiB - 1, the largest buffer a call can hold.</summary>
    public const long MaxResponseBytesLimit = int.MaxValue;

    private TimeSpan maxCredentialLifetime = TimeSpan.FromHours(1);
    private long maxResponseBytes = 10L * 1024 * 1024;
    private TimeSpan timeout = TimeSpan.FromSeconds(100);
    private int maxPages = 100;

    /// <summary>Allows plain http to loopback addresses (a local test server). Off by default; never allows remote http.</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>
    /// Hosts a call may reach besides the declared base URL's: an <c>HttpClient.BaseAddress</c> or a redirect target
    /// elsewhere is refused before anything is sent to it. Host names or IP literals, compared case-insensitively; an
    /// entry starting with '.' allows every subdomain of what follows. <c>localhost</c> and <c>127.0.0.1</c> are
    /// different entries. The credential still travels only to the origin of the request that carried it.
    /// </summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>
    /// The longest a credential may live from the time it is used; a longer-lived one is refused. One hour by default;
    /// must be positive.
    /// </summary>
    public TimeSpan MaxCredentialLifetime
    {
        get => maxCredentialLifetime;
        set => maxCredentialLifetime = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxCredentialLifetime), value, "MaxCredentialLifetime must be positive.");
    }

    /// <summary>
    /// Accepts credentials made without an expiry (<see cref="ConnectorCredential.Bearer(SecretString)"/>,
    /// <see cref="ConnectorCredential.ApiKey(SecretString)"/>), for providers whose keys never expire. Off by default:
    /// a lifetime limit stays the rule unless this is a visible decision.
    /// </summary>
    public bool AllowNonExpiringCredentials { get; set; }

    /// <summary>
    /// The tenant calls are made for, unless a <see cref="ConnectorContext"/> scope sets one; passed to the credential
    /// provider and the scope policy, and recorded in audit events.
    /// </summary>
    public string? Tenant { get; set; }

    /// <summary>Who makes the calls (a service or user name), unless a <see cref="ConnectorContext"/> scope sets one; recorded in audit events.</summary>
    public string? Actor { get; set; }

    /// <summary>
    /// The data-residency region calls are made for, unless a <see cref="ConnectorContext"/> scope sets one. Used only by
    /// connectors that declare regions (<see cref="RegionAttribute"/>): each call goes to its region's base address only.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>
    /// The roles that may read fields classified <see cref="DataClass.Restricted"/>. Empty (the default): no role gate on
    /// them. With entries, an actor holding none of them (as the client's <see cref="IActorRoleProvider"/> says) neither
    /// asks for nor reads those fields, nor uses the scopes only they need, as with a denied scope.
    /// </summary>
    public IList<string> RestrictedDataRoles { get; } = new List<string>();

    /// <summary>
    /// The largest response body read; a larger one fails the call. 10 MB by default; 1 to
    /// <see cref="MaxResponseBytesLimit"/> (2 GiB - 1).
    /// </summary>
    public long MaxResponseBytes
    {
        get => maxResponseBytes;
        set => maxResponseBytes = value is >= 1 and <= MaxResponseBytesLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxResponseBytes), value, "MaxResponseBytes must be between 1 and 2147483647 (2 GiB - 1).");
    }

    /// <summary>
    /// One deadline for the whole call: credential, request, redirects, headers and body. Past it the call fails with
    /// <see cref="ConnectorTimeoutException"/>. 100 seconds by default; positive, or
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan Timeout
    {
        get => timeout;
        set => timeout = value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "Timeout must be positive or Timeout.InfiniteTimeSpan.");
    }

    /// <summary>
    /// The most pages one enumeration of a paged operation (<see cref="CursorPagingAttribute"/>,
    /// <see cref="LinkHeaderPagingAttribute"/>, <see cref="PagePagingAttribute"/>) requests. When the provider has more,
    /// the enumeration throws a <see cref="ConnectorException"/> after the last allowed page's items: never a silent
    /// truncation. 100 by default; at least 1.
    /// </summary>
    public int MaxPages
    {
        get => maxPages;
        set => maxPages = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxPages), value, "MaxPages must be at least 1.");
    }

    /// <summary>The allow-list last built from <see cref="AllowedHosts"/> for a connector; read and written under a lock on the list.</summary>
    internal AllowListCache? HostsCache { get; set; }

    /// <summary>
    /// How clients generated by earlier versions serialize request bodies (null: the web defaults). Clients generated now
    /// write bodies with generated code, named by the connector's <c>Naming</c> and <c>[JsonPropertyName]</c>, and ignore it.
    /// </summary>
    public JsonSerializerOptions? JsonSerializerOptions { get; set; }

    /// <summary>
    /// The problems of the settings that cannot be checked where they are set (today: <see cref="AllowedHosts"/> entries),
    /// one sentence each; empty when the options are usable. Clients and <c>AddXxx</c> registrations check it before the first call.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var host in AllowedHosts)
        {
            if (!Runtime.HostAllowList.IsValidEntry(host))
            {
                problems.Add("AllowedHosts entries must be host names or IP literals (or '.suffix' for subdomains), without scheme, port, path or wildcard; one entry is not.");
                break;
            }
        }

        return problems;
    }

    /// <summary>The entries an allow-list was built from, for one connector.</summary>
    internal sealed class AllowListCache
    {
        public AllowListCache(Runtime.ConnectorDefinition connector, string[] entries, Runtime.HostAllowList hosts)
        {
            Connector = connector;
            Entries = entries;
            Hosts = hosts;
        }

        public Runtime.ConnectorDefinition Connector { get; }

        public string[] Entries { get; }

        public Runtime.HostAllowList Hosts { get; }
    }
}
