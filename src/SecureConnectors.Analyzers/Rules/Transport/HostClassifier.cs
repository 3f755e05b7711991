using System;
using System.Collections.Immutable;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Decides whether a host named in a plain-text URL is a remote endpoint. Not remote: loopback, the link-local
/// instance metadata address, wildcard bind addresses, the authorities that mint XML/JSON namespace
/// identifiers (which are names, never fetched), the names reserved for documentation and testing
/// (RFC 2606, RFC 6761: example.com/.net/.org, .example, .test, .invalid), which no server answers, host names
/// of a single label (no public name has none), hosts named with placeholder words (<see cref="PlaceholderHosts"/>), and
/// the captive-portal checks that must stay plain HTTP.
/// </summary>
internal static class HostClassifier
{
    // Authorities whose http:// URIs are identifiers by convention (XML namespaces, schemas, WS-* specs, code systems).
    private static readonly ImmutableHashSet<string> IdentifierAuthorities = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "w3.org",
        "json-schema.org",
        "tempuri.org",
        "purl.org",
        "xmlsoap.org",
        "oasis-open.org",
        "openxmlformats.org",
        "openid.net",
        "opengis.net",
        "xmlns.com",

        // Health data's code systems and FHIR's canonical URLs: identifiers that resources carry and match on
        // (http://loinc.org, http://snomed.info/sct, http://hl7.org/fhir/StructureDefinition/Patient), never fetched.
        "hl7.org",
        "loinc.org",
        "snomed.info",
        "unitsofmeasure.org");

    // First labels that mark a namespace host: schemas.microsoft.com, ns.adobe.com, xmlns.example.org.
    private static readonly ImmutableHashSet<string> IdentifierFirstLabels = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "schemas", "schema", "ns", "xmlns");

    public static bool IsRemote(PlainTextUrl url, AllowedHosts allowedHosts)
    {
        var host = url.Host;
        if (url.HostHasHole)
        {
            return HasFixedRemoteDomain(host);
        }

        return IsRemoteHost(host) && !allowedHosts.Contains(host);
    }

    /// <summary>A host name alone (a connection string's server): the same answer as for a URL's host, no option asked.</summary>
    public static bool IsRemoteHost(string host) => IsRemoteHost(host, documentationHostsAreRemote: false);

    /// <summary>
    /// As <see cref="IsRemoteHost(string)"/>; with <paramref name="documentationHostsAreRemote"/>, a name reserved for
    /// documentation (<c>example.com</c>, <c>*.example</c>, <c>*.test</c>) counts as another machine too: asked where the
    /// question is whether code talks to a server it did not start, not whether a URL reaches the internet.
    /// </summary>
    public static bool IsRemoteHost(string host, bool documentationHostsAreRemote)
    {
        return !IsLoopback(host)
            && !IsSingleLabel(host)
            && (documentationHostsAreRemote || !IsReservedForDocumentation(host))
            && !PlaceholderHosts.IsPlaceholder(host)
            && !IsWildcardBindAddress(host)
            && !IsInstanceMetadata(host)
            && !IsIdentifierAuthority(host)
            && !IsConnectivityCheck(host)
            && !IsContainerHostAlias(host);
    }

    // host.docker.internal, gateway.docker.internal, host.containers.internal (Podman), host.minikube.internal: the names
    // a container resolves to the developer's own machine. 10.0.2.2 (the Android emulator) and 10.0.3.2 (Genymotion):
    // the address at which an emulated device reaches its host's loopback, as MAUI's and Xamarin's local-service docs use.
    private static bool IsContainerHostAlias(string host) =>
        host.EndsWith(".docker.internal", StringComparison.OrdinalIgnoreCase)
        || host.Equals("host.containers.internal", StringComparison.OrdinalIgnoreCase)
        || host.Equals("host.minikube.internal", StringComparison.OrdinalIgnoreCase)
        || host is "10.0.2.2" or "10.0.3.2";

    // Operating systems' and browsers' captive-portal checks: a fixed page served over plain HTTP on purpose (a portal
    // can only intercept clear text), which carries nothing; https:// would defeat what the check is for.
    private static readonly string[] ConnectivityCheckHosts =
    {
        "msftncsi.com", "msftconnecttest.com", "connectivitycheck.gstatic.com", "connectivitycheck.android.com",
        "captive.apple.com", "detectportal.firefox.com", "nmcheck.gnome.org", "network-test.debian.org",
    };

    private static bool IsConnectivityCheck(string host)
    {
        foreach (var check in ConnectivityCheckHosts)
        {
            if (host.Equals(check, StringComparison.OrdinalIgnoreCase)
                || (host.EndsWith(check, StringComparison.OrdinalIgnoreCase) && host[host.Length - check.Length - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsLoopback(string host)
    {
        host = host.TrimEnd('.');
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        if (host == "[::1]" || host == "[0:0:0:0:0:0:0:1]")
        {
            return true;
        }

        // IPv4-mapped IPv6 ([::ffff:127.0.0.1], [::ffff:7f00:1]) reaches the IPv4 loopback.
        if (host.StartsWith("[::ffff:", StringComparison.Ordinal) && host.EndsWith("]", StringComparison.Ordinal))
        {
            var mapped = host.Substring(8, host.Length - 9);
            return IsLoopbackIPv4(mapped) || mapped.StartsWith("7f", StringComparison.Ordinal);
        }

        return IsLoopbackIPv4(host);
    }

    // 127.0.0.1, and the short and integer forms that URL parsers accept for it (127.1, 127.0.1, 2130706433):
    // the runtime's transport guard reads them as loopback too.
    private static bool IsLoopbackIPv4(string host)
    {
        if (IsIPv4(host, out var firstOctet))
        {
            return firstOctet == 127;
        }

        var parts = host.Split('.');
        if (parts.Length is 2 or 3 && parts[0] == "127")
        {
            foreach (var part in parts)
            {
                if (part.Length == 0 || !uint.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    return false;
                }
            }

            return true;
        }

        return uint.TryParse(host, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >> 24 == 127;
    }

    private static bool IsReservedForDocumentation(string host)
    {
        host = host.TrimEnd('.');
        foreach (var domain in new[] { "example.com", "example.net", "example.org" })
        {
            if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return host.EndsWith(".example", StringComparison.Ordinal)
            || host.EndsWith(".test", StringComparison.Ordinal)
            || host.EndsWith(".invalid", StringComparison.Ordinal)
            || host is "example" or "test" or "invalid"
            || IsDocumentationAddress(host);
    }

    // RFC 5737's blocks for documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24): the addresses' counterpart
    // of example.com, routed nowhere.
    private static bool IsDocumentationAddress(string host) =>
        IsIPv4(host, out _)
        && (host.StartsWith("192.0.2.", StringComparison.Ordinal)
            || host.StartsWith("198.51.100.", StringComparison.Ordinal)
            || host.StartsWith("203.0.113.", StringComparison.Ordinal));

    /// <summary>
    /// An address of a private network (RFC 1918: 10/8, 172.16/12, 192.168/16; IPv6 unique-local fc00::/7 and
    /// link-local fe80::/10): a machine of the owner's own network, which the public internet does not route to.
    /// </summary>
    public static bool IsPrivateNetworkAddress(string host)
    {
        if (IsIPv4(host, out var firstOctet))
        {
            var parts = host.Split('.');
            var second = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return firstOctet == 10 || (firstOctet == 172 && second is >= 16 and <= 31) || (firstOctet == 192 && second == 168);
        }

        if (host.Length > 4 && host[0] == '[')
        {
            var first = host.Substring(1, Math.Min(4, host.Length - 1)).ToLowerInvariant();
            return first.StartsWith("fc", StringComparison.Ordinal) || first.StartsWith("fd", StringComparison.Ordinal)
                || first.StartsWith("fe8", StringComparison.Ordinal) || first.StartsWith("fe9", StringComparison.Ordinal)
                || first.StartsWith("fea", StringComparison.Ordinal) || first.StartsWith("feb", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>
    /// A host name of one label (<c>http://api/</c>, <c>http://foo</c>, <c>http://build-agent:8080</c>) cannot be
    /// resolved on the public internet: public names have a top-level domain. It names a machine on a local
    /// network, a container or a test stand-in, never a provider's public endpoint. Labels in front that start with an
    /// underscore name an endpoint or protocol of the service after them (.NET service discovery's
    /// <c>http://_admin.payroll-api/</c>, DNS SRV's <c>_http._tcp.payroll-api</c>) and are left out first.
    /// </summary>
    public static bool IsSingleLabel(string host)
    {
        host = host.TrimEnd('.');
        while (host.Length > 1 && host[0] == '_' && host.IndexOf('.') is var dot and > 0)
        {
            host = host.Substring(dot + 1);
        }

        if (host.Length == 0 || host.StartsWith("[", StringComparison.Ordinal) || host.IndexOf('.') >= 0)
        {
            return false;
        }

        foreach (var c in host)
        {
            if (c is >= 'a' and <= 'z')
            {
                return true; // a name; a lone number is an IPv4 address in integer form, read elsewhere
            }
        }

        return false;
    }

    private static bool IsWildcardBindAddress(string host) =>
        host is "+" or "*" or "0.0.0.0" or "[::]";

    // The cloud instance-metadata and credential services: link-local addresses that exist only inside the machine or
    // task and answer only plain HTTP (AWS/Azure/GCP/Oracle 169.254.169.254, AWS's IPv6 [fd00:ec2::254], the ECS task
    // and EKS pod-identity credential endpoints 169.254.170.2 and 169.254.170.23, Alibaba's 100.100.100.200, Tencent's
    // 169.254.0.23 and metadata.tencentyun.com, GCE's metadata.google.internal). A cloud SDK's credential chain must call
    // them as they are.
    private static bool IsInstanceMetadata(string host) =>
        host is "169.254.169.254" or "169.254.170.2" or "169.254.170.23" or "100.100.100.200" or "169.254.0.23"
        || host.Equals("metadata.tencentyun.com", StringComparison.OrdinalIgnoreCase)
        || host.Equals("[fd00:ec2::254]", StringComparison.OrdinalIgnoreCase)
        || host.Equals("[fd00:ec2::23]", StringComparison.OrdinalIgnoreCase)
        || host.Equals("metadata.google.internal", StringComparison.OrdinalIgnoreCase);

    private static bool IsIdentifierAuthority(string host)
    {
        var dot = host.IndexOf('.');
        if (dot > 0 && IdentifierFirstLabels.Contains(host.Substring(0, dot)))
        {
            return true;
        }

        for (var candidate = host; ; candidate = candidate.Substring(dot + 1))
        {
            if (IdentifierAuthorities.Contains(candidate))
            {
                return true;
            }

            dot = candidate.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }
        }
    }

    // "{region}.api.contoso.com" has a fixed remote domain; "{host}" or "{host}:{port}" could be anything,
    // "{service}.localhost" is loopback.
    /// <summary>A host with an interpolation hole (<see cref="PlainTextUrl.Hole"/>) whose fixed part names a remote domain
    /// (<c>{region}.brokers.partner.com</c>).</summary>
    internal static bool HasFixedRemoteDomain(string host)
    {
        var lastHole = host.LastIndexOf(PlainTextUrl.Hole);
        var fixedSuffix = host.Substring(lastHole + 1).TrimEnd('.');
        var firstDot = fixedSuffix.IndexOf('.');
        if (firstDot < 0)
        {
            return false;
        }

        var domain = fixedSuffix.Substring(firstDot + 1);
        return domain.Length > 0
            && domain.IndexOf('.') > 0 // at least a name and a top-level domain
            && !domain.EndsWith("localhost", StringComparison.Ordinal)
            && !IsReservedForDocumentation(domain);
    }

    private static bool IsIPv4(string host, out int firstOctet)
    {
        firstOctet = -1;
        var parts = host.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Length > 3 || !int.TryParse(part, out var value) || value > 255)
            {
                return false;
            }
        }

        firstOctet = int.Parse(parts[0]);
        return true;
    }
}
