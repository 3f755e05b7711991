using System;
using System.Collections.Generic;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// The sections of a test project's configuration file that point at a server of the test's own: a key whose last word
/// names an address (url, uri, endpoint, host, server, address, authority; not <c>ServerCertificatePassword</c>) holding
/// a loopback URL or host (or a container's one-label name), as <c>"Keycloak": { "auth-server-url": "http://localhost:8080/", "credentials": { "secret": ... } }</c>
/// does for the Keycloak a test container runs. A secret under such a section, at any depth, opens only that server,
/// as a connection string's password for a server on this machine does. A section that also holds an address of
/// another machine (a remote URL or host) is not one.
/// </summary>
internal static class LocalServerSections
{
    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "url", "uri", "endpoint", "host", "hostname", "server", "address", "authority",
    };

    /// <summary>The sections (configuration paths, ':'-joined, lower-case) that name a local server.</summary>
    public static HashSet<string> Find(IEnumerable<ConfigValue> values)
    {
        // A section that also names a server elsewhere (a contract test's EnvironmentVariables with the local provider's
        // URL and the remote broker's) is not the test's own: its secrets may open the other one.
        var sections = new HashSet<string>(StringComparer.Ordinal);
        var remote = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (value.Path.Count >= 2 && EndsInAddressWord(value.Path[value.Path.Count - 1]) && TlsSwitches.HostOf(value.Value) is { } host)
            {
                (HostClassifier.IsLoopback(host) || HostClassifier.IsSingleLabel(host) ? sections : remote).Add(Join(value.Path, value.Path.Count - 1));
            }
        }

        sections.ExceptWith(remote);
        return sections;
    }

    /// <summary>
    /// The sections, at any depth, every one of whose address settings names a local server (and which hold at least
    /// one): a reverse proxy's cluster whose destinations are all on this machine, so that the cluster's
    /// <c>HttpClient</c> settings only ever reach local servers.
    /// </summary>
    public static HashSet<string> FindWhollyLocal(IEnumerable<ConfigValue> values)
    {
        var local = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            // The key's last word names an address ("Address", "BaseUrl"): "DangerousAcceptAnyServerCertificate" has the
            // word server in it and is a switch, not a server.
            if (value.Path.Count < 2 || !EndsInAddressWord(value.Path[value.Path.Count - 1]))
            {
                continue;
            }

            var isLocal = IsLocal(value.Value);
            for (var depth = 1; depth < value.Path.Count; depth++)
            {
                var section = Join(value.Path, depth);
                local[section] = isLocal && (!local.TryGetValue(section, out var sofar) || sofar);
            }
        }

        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in local)
        {
            if (entry.Value)
            {
                sections.Add(entry.Key);
            }
        }

        return sections;
    }

    /// <summary>Whether <paramref name="path"/> lies under one of <paramref name="sections"/>.</summary>
    public static bool Covers(HashSet<string> sections, IReadOnlyList<string> path)
    {
        for (var depth = path.Count - 1; depth >= 1 && sections.Count > 0; depth--)
        {
            if (sections.Contains(Join(path, depth)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool EndsInAddressWord(string key)
    {
        var words = IdentifierWords.Split(key);
        return words.Count > 0 && AddressWords.Contains(words[words.Count - 1]);
    }

    // The host is read as a TLS switch's sibling server setting is (a URL, host:port or host).
    internal static bool IsLocal(string value) =>
        TlsSwitches.HostOf(value) is { } host && (HostClassifier.IsLoopback(host) || HostClassifier.IsSingleLabel(host));

    private static string Join(IReadOnlyList<string> path, int count)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(':');
            }

            builder.Append(path[i].ToLowerInvariant());
        }

        return builder.ToString();
    }
}
