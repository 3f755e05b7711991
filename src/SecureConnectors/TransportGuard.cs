using System;
using System.Net;

namespace SecureConnectors;

/// <summary>
/// The transport check every connector call makes before it sends anything: HTTPS, or plain HTTP to loopback
/// when the caller opted in (a local test server).
/// </summary>
public static class TransportGuard
{
    /// <summary>True when <paramref name="endpoint"/> may be reached under the given policy.</summary>
    public static bool IsAllowed(Uri endpoint, bool allowLoopbackHttp)
    {
        if (endpoint is null)
        {
            throw new ArgumentNullException(nameof(endpoint));
        }

        if (!endpoint.IsAbsoluteUri)
        {
            return false;
        }

        if (string.Equals(endpoint.Scheme, "https", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return allowLoopbackHttp
            && string.Equals(endpoint.Scheme, "http", StringComparison.OrdinalIgnoreCase)
            && IsLoopback(endpoint);
    }

    /// <summary>Throws <see cref="InsecureTransportException"/> when <paramref name="endpoint"/> is not allowed.</summary>
    public static void EnsureAllowed(Uri endpoint, bool allowLoopbackHttp)
    {
        if (!IsAllowed(endpoint, allowLoopbackHttp))
        {
            throw new InsecureTransportException(endpoint);
        }
    }

    /// <summary>
    /// Loopback by address or by the reserved name: <c>localhost</c> and <c>*.localhost</c> (RFC 6761), 127.0.0.0/8, ::1.
    /// A name that merely starts with "localhost." is not loopback.
    /// </summary>
    public static bool IsLoopback(Uri endpoint)
    {
        if (endpoint is null || !endpoint.IsAbsoluteUri)
        {
            return false;
        }

        var host = endpoint.IdnHost.TrimEnd('.');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(endpoint.HostNameType == UriHostNameType.IPv6 ? host.Trim('[', ']') : host, out var address)
            && IPAddress.IsLoopback(address);
    }
}
