using System;
using Microsoft.Extensions.Logging;

namespace SecureConnectors;

/// <summary>
/// Writes audit events to an <see cref="ILogger"/> as structured log entries: event id 4100 for a call that succeeded,
/// 4101 for one that failed with a response status, 4102 for one that ended before any response (refused before sending,
/// timed out, cancelled, or the network failed).
/// </summary>
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
        else if (auditEvent.StatusCode is null)
        {
            CallEndedWithoutResponse(logger, auditEvent.Connector, auditEvent.Operation, auditEvent.Method, auditEvent.Route, auditEvent.Outcome,
                auditEvent.Duration.TotalMilliseconds, scopes, fields, auditEvent.Tenant, auditEvent.Actor);
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

    // A separate event, not "with {StatusCode}" and an empty value: a call refused before sending has no status, and the
    // message should say so rather than read "ended Denied with  in".
    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Connector call {Connector}.{Operation} {Method} {Route} ended {Outcome} before any response in {DurationMs} ms; scopes [{Scopes}], fields [{Fields}], tenant {Tenant}, actor {Actor}")]
    private static partial void CallEndedWithoutResponse(ILogger logger, string connector, string operation, string method, string route,
        ConnectorCallOutcome outcome, double durationMs, string scopes, string fields, string? tenant, string? actor);
}
