using System;
using System.Text.Json;

namespace SecureConnectors;

/// <summary>Run-time settings of a generated connector client.</summary>
public sealed class ConnectorOptions
{
    /// <summary>Allows plain http to loopback addresses (a local test server). Off by default; never allows remote http.</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>The longest a credential may live from the time it is used; a longer-lived one is refused. One hour by default.</summary>
    public TimeSpan MaxCredentialLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The tenant calls are made for; passed to the credential provider and recorded in audit events.</summary>
    public string? Tenant { get; set; }

    /// <summary>Who makes the calls (a service or user name); recorded in audit events.</summary>
    public string? Actor { get; set; }

    /// <summary>The largest response body read; a larger one fails the call without being read. 10 MB by default.</summary>
    public long MaxResponseBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>How request bodies are written; null uses the web defaults (camelCase names).</summary>
    public JsonSerializerOptions? JsonSerializerOptions { get; set; }
}
