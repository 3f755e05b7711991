using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace SecureConnectors.Runtime;

/// <summary>
/// The <c>SecureConnectors</c> meter: every call counted once with its duration, rate-limited calls counted apart, each
/// tagged with connector, operation and outcome (the activity's tag names), so that an alert on denials or rate limits
/// is one query. Never a tenant, an actor, a path or a value: tags multiply series and end up in dashboards.
/// </summary>
internal static class ConnectorMetrics
{
    private static readonly Meter Meter = new(ConnectorTelemetry.MeterName, typeof(ConnectorMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> Calls = Meter.CreateCounter<long>(
        ConnectorTelemetry.CallsInstrument, "{call}", "Connector calls, one per call whatever its outcome.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        ConnectorTelemetry.CallDurationInstrument, "s", "Duration of connector calls, refused and denied ones included.");

    private static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(
        ConnectorTelemetry.RateLimitedInstrument, "{call}", "Connector calls the provider rate limited.");

    /// <summary>Records one finished call. A listener that throws is reported on the event source, never to the caller.</summary>
    public static void Record(string connector, string operation, ConnectorCallOutcome outcome, TimeSpan duration)
    {
        if (!Calls.Enabled && !Duration.Enabled && !RateLimited.Enabled)
        {
            return;
        }

        var tags = new[]
        {
            new KeyValuePair<string, object?>(ConnectorTelemetry.ConnectorTag, connector),
            new KeyValuePair<string, object?>(ConnectorTelemetry.OperationTag, operation),
            new KeyValuePair<string, object?>(ConnectorTelemetry.OutcomeTag, outcome.ToString()),
        };

        // Each instrument on its own: a listener failing on one must not cost the others their measurement.
        try
        {
            Calls.Add(1, tags);
        }
        catch (Exception e)
        {
            Failed(connector, operation, e);
        }

        try
        {
            Duration.Record(duration.TotalSeconds, tags);
        }
        catch (Exception e)
        {
            Failed(connector, operation, e);
        }

        if (outcome != ConnectorCallOutcome.RateLimited)
        {
            return;
        }

        try
        {
            RateLimited.Add(1, tags);
        }
        catch (Exception e)
        {
            Failed(connector, operation, e);
        }
    }

    private static void Failed(string connector, string operation, Exception e) =>
        ConnectorEventSource.Log.TelemetryFailed(connector, operation, e.GetType().FullName ?? "Exception");
}
