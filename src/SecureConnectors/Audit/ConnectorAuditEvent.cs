using System;
using System.Collections.Generic;

namespace SecureConnectors;

/// <summary>
/// One connector call, as a security reviewer needs it: who read what from which provider, and how it ended.
/// It holds names, never values: the route template rather than the filled path, field names rather than data.
/// </summary>
public sealed class ConnectorAuditEvent
{
    /// <summary>Creates the event.</summary>
    public ConnectorAuditEvent(
        DateTimeOffset timestamp,
        string connector,
        string operation,
        string method,
        string route,
        IReadOnlyList<string> scopesUsed,
        IReadOnlyList<string> fieldsRead,
        string? tenant,
        string? actor,
        int? statusCode,
        TimeSpan duration,
        ConnectorCallOutcome outcome)
        : this(timestamp, connector, operation, method, route, scopesUsed, fieldsRead, tenant, actor, statusCode, duration, outcome, traceId: null, host: null)
    {
    }

    /// <summary>Creates the event with the call's trace id and the host it reached.</summary>
    public ConnectorAuditEvent(
        DateTimeOffset timestamp,
        string connector,
        string operation,
        string method,
        string route,
        IReadOnlyList<string> scopesUsed,
        IReadOnlyList<string> fieldsRead,
        string? tenant,
        string? actor,
        int? statusCode,
        TimeSpan duration,
        ConnectorCallOutcome outcome,
        string? traceId,
        string? host)
        : this(timestamp, connector, operation, method, route, scopesUsed, fieldsRead, tenant, actor, statusCode, duration, outcome, traceId, host, region: null)
    {
    }

    /// <summary>Creates the event with the call's trace id, the host it reached and its data-residency region.</summary>
    public ConnectorAuditEvent(
        DateTimeOffset timestamp,
        string connector,
        string operation,
        string method,
        string route,
        IReadOnlyList<string> scopesUsed,
        IReadOnlyList<string> fieldsRead,
        string? tenant,
        string? actor,
        int? statusCode,
        TimeSpan duration,
        ConnectorCallOutcome outcome,
        string? traceId,
        string? host,
        string? region)
    {
        Region = region;
        Timestamp = timestamp;
        Connector = connector;
        Operation = operation;
        Method = method;
        Route = route;
        ScopesUsed = scopesUsed;
        FieldsRead = fieldsRead;
        Tenant = tenant;
        Actor = actor;
        StatusCode = statusCode;
        Duration = duration;
        Outcome = outcome;
        TraceId = traceId;
        Host = host;
    }

    /// <summary>When the call started.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The connector's name.</summary>
    public string Connector { get; }

    /// <summary>The operation (the interface method's name).</summary>
    public string Operation { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The route template, never the filled path (which may hold identifiers).</summary>
    public string Route { get; }

    /// <summary>The scopes the call used: needed, granted, and sent with a credential. Empty for a call refused or failed before sending.</summary>
    public IReadOnlyList<string> ScopesUsed { get; }

    /// <summary>The fields the call asked for and read (dotted paths for nested fields); empty when no response was read.</summary>
    public IReadOnlyList<string> FieldsRead { get; }

    /// <summary>The tenant of the call (its <see cref="ConnectorContext"/> scope, else the options).</summary>
    public string? Tenant { get; }

    /// <summary>The actor of the call (its <see cref="ConnectorContext"/> scope, else the options).</summary>
    public string? Actor { get; }

    /// <summary>The provider's HTTP status; null when nothing was sent or no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>How long the call took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>How the call ended.</summary>
    public ConnectorCallOutcome Outcome { get; }

    /// <summary>The W3C trace id of the call's activity (32 hex digits), when there is one: joins the event to its trace.</summary>
    public string? TraceId { get; }

    /// <summary>The host the call reached (the last one, after same-origin or allowed redirects), without port; null when nothing was sent.</summary>
    public string? Host { get; }

    /// <summary>The data-residency region the call was made for (its <see cref="ConnectorContext"/> scope, else the options), or null.</summary>
    public string? Region { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Timestamp:O} {Connector}.{Operation} {Method} {Route} outcome={Outcome} status={(StatusCode?.ToString() ?? "-")} " +
        $"duration={Duration.TotalMilliseconds:0.#}ms scopes=[{string.Join(",", ScopesUsed)}] fields=[{string.Join(",", FieldsRead)}] " +
        $"tenant={Tenant ?? "-"} actor={Actor ?? "-"} host={Host ?? "-"} region={Region ?? "-"} trace={TraceId ?? "-"}";
}
