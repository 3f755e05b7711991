using System;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace AcmeHris;

/// <summary>
/// Stands in for your identity provider or vault: a fresh random token per request, valid for 15 minutes, minted
/// for exactly the scopes the call needs. A real provider would call a token endpoint; no secret lives in code.
/// </summary>
internal sealed class DemoTokenIssuer : ICredentialProvider
{
    public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken)
    {
        var token = new SecretString(Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
        return new ValueTask<ConnectorCredential>(ConnectorCredential.Bearer(token, DateTimeOffset.UtcNow.AddMinutes(15)));
    }
}

/// <summary>Keeps the audit trail to print it, and forwards each event to the logger sink.</summary>
internal sealed class AuditTrail(LoggerAuditSink logger) : IConnectorAuditSink
{
    public System.Collections.Concurrent.ConcurrentQueue<ConnectorAuditEvent> Events { get; } = new();

    public void Record(ConnectorAuditEvent auditEvent)
    {
        Events.Enqueue(auditEvent);
        logger.Record(auditEvent);
    }
}

/// <summary>
/// Which scopes each customer (tenant) has consented to: "per customer or for everyone". Contoso allows the directory
/// read; Fabrikam allows nothing, so its calls read only fields that need no scope.
/// </summary>
internal sealed class TenantConsents : IScopePolicy
{
    private static readonly System.Collections.Generic.Dictionary<string, string[]> Consents = new()
    {
        ["contoso"] = new[] { "employees:read" },
        ["fabrikam"] = Array.Empty<string>(),
    };

    public ValueTask<System.Collections.Generic.IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken) =>
        new(new System.Collections.Generic.HashSet<string>(tenant is not null && Consents.TryGetValue(tenant, out var scopes) ? scopes : Array.Empty<string>()));
}
