using System;

namespace SecureConnectors;

/// <summary>
/// Thrown before anything is sent when an endpoint would be reached without TLS.
/// </summary>
public sealed class InsecureTransportException : ConnectorException
{
    /// <summary>Creates the exception for the endpoint that was refused.</summary>
    public InsecureTransportException(Uri endpoint)
        : base($"Refused to reach '{Describe(endpoint)}' without TLS: only https is allowed (plain http only to loopback, when the options allow it).")
    {
        Scheme = endpoint.Scheme;
        Host = endpoint.IsAbsoluteUri ? endpoint.Host : "";
    }

    /// <summary>Creates the exception for an endpoint refused for another reason than its scheme (a host that is not declared or allowed).</summary>
    public InsecureTransportException(Uri endpoint, string reason)
        : base($"Refused to reach '{Describe(endpoint)}': {reason}")
    {
        Scheme = endpoint.Scheme;
        Host = endpoint.IsAbsoluteUri ? endpoint.Host : "";
    }

    /// <summary>The scheme that was refused.</summary>
    public string Scheme { get; }

    /// <summary>The host that would have been reached.</summary>
    public string Host { get; }

    // Scheme, host and port only: a full URI may carry user-info or query secrets.
    private static string Describe(Uri endpoint) =>
        endpoint.IsAbsoluteUri ? endpoint.GetLeftPart(UriPartial.Authority).Replace(endpoint.UserInfo + "@", "") : "(relative address)";
}
