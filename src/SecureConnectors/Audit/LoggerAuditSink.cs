using System;
using Microsoft.Extensions.Logging;

namespace SecureConnectors;

/// <summary>Writes audit events to an <see cref="ILogger"/> as structured log entries (event id 4100, 4101 for failures).</summary>
public sealed partial class LoggerAuditSink : IConnectorAuditSink
{
    private readonly ILogger logger;

    /// <summary>Writes to <paramref name="logger"/>.</summary>
    public LoggerAuditSink(ILogger<LoggerAuditSink> logger)
    {
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public void Record(ConnectorAuditEvent auditEvent)
    {
        if (auditEvent is null)
        {
            return;
        }

        var scopes = string.Join(",", auditEvent.ScopesUsed);
        var fields = string.Join(",", auditEvent.FieldsRead);
        if (auditEvent.Outcome == ConnectorCallOutcome.Succeeded)
        {
            CallSucceeded(logger, auditEvent.Connector, auditEvent.Operation, auditEvent.Method, auditEvent.Route,
                auditEvent.StatusCode, auditEvent.Duration.TotalMilliseconds, scopes, fields, auditEvent.Tenant, auditEvent.Actor);
        }
        else
        {
            CallFailed(logger, auditEvent.Connector, auditEvent.Operation, auditEvent.Method, auditEvent.Route, auditEvent.Outcome,
                auditEvent.StatusCode, auditEvent.Duration.TotalMilliseconds, scopes, fields, auditEvent.Tenant, auditEvent.Actor);
        }
    }

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Connector call {Connector}.{Operation} {Method} {Route} succeeded with {StatusCode} in {DurationMs} ms; scopes [{Scopes}], fields [{Fields}], tenant {Tenant}, actor {Actor}")]
    private static partial void CallSucceeded(ILogger logger, string connector, string operation, string method, string route,
        int? statusCode, double durationMs, string scopes, string fields, string? tenant, string? actor);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Connector call {Connector}.{Operation} {Method} {Route} ended {Outcome} with {StatusCode} in {DurationMs} ms; scopes [{Scopes}], fields [{Fields}], tenant {Tenant}, actor {Actor}")]
    private static partial void CallFailed(ILogger logger, string connector, string operation, string method, string route,
        ConnectorCallOutcome outcome, int? statusCode, double durationMs, string scopes, string fields, string? tenant, string? actor);
}
