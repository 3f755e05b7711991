using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace SecureConnectors.Runtime;

/// <summary>
/// What one call did, filled in as its steps run, and written once at its end as one audit event and the closing tags
/// of its activity. Scopes count as used only once a credential was sent for them; fields only once a response was read.
/// Recording never throws: a failing sink or listener is reported on <see cref="ConnectorEventSource"/> and the caller
/// sees the call's own outcome.
/// </summary>
internal sealed class CallRecord : IDisposable
{
    private static readonly IReadOnlyList<string> None = Array.Empty<string>();

    private readonly ConnectorDefinition connector;
    private readonly OperationDefinition operation;
    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private readonly Activity? activity;
    private bool recorded;

    public CallRecord(ConnectorDefinition connector, OperationDefinition operation, CallSnapshot snapshot)
    {
        this.connector = connector;
        this.operation = operation;
        Snapshot = snapshot;
        activity = StartActivity();
    }

    public CallSnapshot Snapshot { get; }

    public string What => connector.Name + "." + operation.Name;

    public CallPlan? Plan { get; set; }

    public ConnectorCallOutcome Outcome { get; set; } = ConnectorCallOutcome.Failed;

    public int? StatusCode { get; private set; }

    public string? Host { get; private set; }

    /// <summary>The address the call's first request went to (before redirects), once it is resolved.</summary>
    public Uri? Address { get; set; }

    /// <summary>
    /// Whether the response and this record now belong to the body stream handed to the caller, which records the
    /// event when it is disposed; the call itself then neither records nor releases anything.
    /// </summary>
    public bool HandedOver { get; private set; }

    private bool CredentialSent { get; set; }

    private bool ResponseRead { get; set; }

    /// <summary>A request left for <paramref name="address"/>, with the credential when <paramref name="withCredential"/>.</summary>
    public void Sending(Uri address, bool withCredential)
    {
        Host = address.Host;
        CredentialSent |= withCredential;
        SafeTag("server.address", Host);
    }

    public void Answered(int status)
    {
        StatusCode = status;
        SafeTag("http.response.status_code", status);
    }

    public void Reading() => ResponseRead = true;

    /// <summary>Gives the record (and the response) to a stream returned to the caller: the last step of the call's read.</summary>
    public void HandOver() => HandedOver = true;

    public void Failed(Exception exception)
    {
        SafeTag("error.type", exception.GetType().FullName);
        try
        {
            activity?.SetStatus(ActivityStatusCode.Error);
        }
        catch (Exception e)
        {
            ConnectorEventSource.Log.TelemetryFailed(connector.Name, operation.Name, e.GetType().FullName ?? "Exception");
        }
    }

    /// <summary>
    /// Writes the audit event to <paramref name="sink"/> (if any), the call's metrics and the activity's outcome; once per
    /// call, a second time does nothing.
    /// </summary>
    public void Record(IConnectorAuditSink? sink)
    {
        if (recorded)
        {
            return;
        }

        recorded = true;
        var elapsed = stopwatch.Elapsed;
        SafeTag(ConnectorTelemetry.OutcomeTag, Outcome.ToString());
        ConnectorMetrics.Record(connector.Name, operation.Name, Outcome, elapsed);
        if (sink is null)
        {
            return;
        }

        try
        {
            sink.Record(new ConnectorAuditEvent(
                started,
                connector.Name,
                operation.Name,
                operation.Method.Method,
                operation.Route,
                CredentialSent && Plan is not null ? Plan.Scopes : None,
                ResponseRead && Plan is not null ? Plan.FieldsRead : None,
                Snapshot.Tenant,
                Snapshot.Actor,
                StatusCode,
                elapsed,
                Outcome,
                activity?.TraceId.ToHexString(),
                Host,
                Snapshot.Region));
        }
        catch (Exception e)
        {
            // The call has happened (a DELETE ran): a sink failure must not turn it into an error the caller retries.
            ConnectorEventSource.Log.AuditSinkFailed(connector.Name, operation.Name, e.GetType().FullName ?? "Exception");
        }
    }

    public void Dispose()
    {
        try
        {
            activity?.Dispose();
        }
        catch (Exception e)
        {
            ConnectorEventSource.Log.TelemetryFailed(connector.Name, operation.Name, e.GetType().FullName ?? "Exception");
        }
    }

    private Activity? StartActivity()
    {
        try
        {
            var started = ConnectorTelemetry.Source.StartActivity(What, ActivityKind.Client);
            if (started is not null)
            {
                started.SetTag(ConnectorTelemetry.ConnectorTag, connector.Name);
                started.SetTag(ConnectorTelemetry.OperationTag, operation.Name);
                started.SetTag("http.request.method", operation.Method.Method);

                // The template, never the filled path: route values are often identifiers of people.
                started.SetTag("url.template", operation.Route);
            }

            return started;
        }
        catch (Exception e)
        {
            ConnectorEventSource.Log.TelemetryFailed(connector.Name, operation.Name, e.GetType().FullName ?? "Exception");
            return null;
        }
    }

    private void SafeTag(string name, object? value)
    {
        try
        {
            activity?.SetTag(name, value);
        }
        catch (Exception e)
        {
            ConnectorEventSource.Log.TelemetryFailed(connector.Name, operation.Name, e.GetType().FullName ?? "Exception");
        }
    }
}
