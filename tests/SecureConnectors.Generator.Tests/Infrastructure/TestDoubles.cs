using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Infrastructure;

/// <summary>Hands out whatever credential the test sets, and remembers what it was asked for.</summary>
internal sealed class TestCredentials : ICredentialProvider
{
    // Plainly synthetic: a fixed prefix and the test's own counter, never a real token.
    public static readonly string Token = "test-token-" + new string('0', 16);

    public Func<CredentialRequest, ConnectorCredential?> Next { get; set; } =
        _ => ConnectorCredential.Bearer(new SecretString(Token), DateTimeOffset.UtcNow.AddMinutes(30));

    public ConcurrentQueue<CredentialRequest> Requests { get; } = new();

    public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return new ValueTask<ConnectorCredential>(Next(request)!);
    }
}

internal sealed class RecordingAuditSink : IConnectorAuditSink
{
    public List<ConnectorAuditEvent> Events { get; } = new();

    public void Record(ConnectorAuditEvent auditEvent)
    {
        lock (Events)
        {
            Events.Add(auditEvent);
        }
    }
}
