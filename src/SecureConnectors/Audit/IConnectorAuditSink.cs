namespace SecureConnectors;

/// <summary>Receives one <see cref="ConnectorAuditEvent"/> per connector call, success or failure.</summary>
public interface IConnectorAuditSink
{
    /// <summary>Records the event. Keep it fast and non-throwing: it runs on the call's path.</summary>
    void Record(ConnectorAuditEvent auditEvent);
}
