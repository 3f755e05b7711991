using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// The registered ports of the plain-text schemes and of their TLS counterparts (http 80 / https 443, AMQP 5672 /
/// 5671, MQTT 1883 / 8883). A URL that names the plain scheme's port explicitly
/// (<c>amqp://broker.contoso.com:5672/</c>) needs the TLS port with the TLS scheme, or the client would speak TLS to
/// a listener that does not.
/// </summary>
internal static class SchemePorts
{
    /// <summary>The TLS counterpart's port for <paramref name="port"/> when it is <paramref name="scheme"/>'s registered one; otherwise null.</summary>
    public static string? SecurePortFor(string scheme, string port)
    {
        var (plain, secure) = scheme.ToLowerInvariant() switch
        {
            "http" or "ws" => ("80", "443"),
            "amqp" => ("5672", "5671"),
            "mqtt" => ("1883", "8883"),
            _ => ((string?)null, (string?)null),
        };
        return plain is not null && string.Equals(port, plain, StringComparison.Ordinal) ? secure : null;
    }
}
