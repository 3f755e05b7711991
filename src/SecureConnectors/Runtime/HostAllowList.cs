using System;
using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>
/// The hosts one call may reach: the connector's declared hosts and the options' <see cref="ConnectorOptions.AllowedHosts"/>,
/// taken once at the start of the call. Hosts compare case-insensitively without a trailing dot or IPv6 brackets.
/// </summary>
internal sealed class HostAllowList
{
    /// <summary>Reaches no host: the list of a call whose region the connector does not declare.</summary>
    public static readonly HostAllowList Nothing = new(Array.Empty<string>(), Array.Empty<string>());

    private readonly string[] exact;
    private readonly string[] suffixes;

    public HostAllowList(IReadOnlyList<string> declaredHosts, IList<string> allowedHosts)
    {
        var exactHosts = new List<string>(declaredHosts.Count + allowedHosts.Count);
        var suffixHosts = new List<string>();
        foreach (var host in declaredHosts)
        {
            exactHosts.Add(Normalize(host));
        }

        foreach (var entry in allowedHosts)
        {
            if (!IsValidEntry(entry))
            {
                continue;
            }

            if (entry[0] == '.')
            {
                suffixHosts.Add(Normalize(entry));
            }
            else
            {
                exactHosts.Add(Normalize(entry));
            }
        }

        exact = exactHosts.ToArray();
        suffixes = suffixHosts.ToArray();
    }

    /// <summary>True when <paramref name="address"/>'s host is declared or allowed.</summary>
    public bool Allows(Uri address)
    {
        if (!address.IsAbsoluteUri)
        {
            return false;
        }

        var host = Normalize(address.IdnHost);
        foreach (var candidate in exact)
        {
            if (string.Equals(candidate, host, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var suffix in suffixes)
        {
            // ".example.com" allows "api.example.com", not "example.com" and not "badexample.com".
            if (host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A host name, an IP literal, or '.' and a host name: no scheme, port, path, user-info or wildcard.</summary>
    public static bool IsValidEntry(string? entry)
    {
        if (entry is null)
        {
            return false;
        }

        var host = entry.Length > 0 && entry[0] == '.' ? entry.Substring(1) : entry;
        if (host.Length == 0 || host.Trim().Length != host.Length)
        {
            return false;
        }

        if (host[0] == '[' || host.IndexOf(':') >= 0)
        {
            // An IPv6 literal, with or without brackets; never a suffix.
            return entry[0] != '.' && System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address)
                && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        return Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4;
    }

    public static string Normalize(string host) =>
        host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
