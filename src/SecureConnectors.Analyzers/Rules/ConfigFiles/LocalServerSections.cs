using System;
using System.Collections.Generic;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// The sections of a test project's configuration file that point at a server of the test's own: a key that names an
/// address (url, uri, endpoint, host, server, address, authority) holding a loopback URL or host (or a container's
/// one-label name), as <c>"Keycloak": { "auth-server-url": "http://localhost:8080/", "credentials": { "secret": ... } }</c>
/// does for the Keycloak a test container runs. A secret under such a section, at any depth, opens only that server,
/// as a connection string's password for a server on this machine does.
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
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (value.Path.Count >= 2 && NamesAddress(value.Path[value.Path.Count - 1]) && IsLocal(value.Value))
            {
                sections.Add(Join(value.Path, value.Path.Count - 1));
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

    private static bool NamesAddress(string key)
    {
        foreach (var word in IdentifierWords.Split(key))
        {
            if (AddressWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // The host is read as a TLS switch's sibling server setting is (a URL, host:port or host).
    private static bool IsLocal(string value) =>
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
