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
