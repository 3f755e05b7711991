using System.Diagnostics;

namespace SecureConnectors.Runtime;

/// <summary>
/// The <see cref="ActivitySource"/> every connector call starts an activity from, and the names of the metrics every call
/// records (OpenTelemetry listens to both by name: <c>AddSource</c> and <c>AddMeter</c> with <c>SecureConnectors</c>).
/// </summary>
public static class ConnectorTelemetry
{
    /// <summary>The source's name: <c>SecureConnectors</c>.</summary>
    public const string SourceName = "SecureConnectors";

    /// <summary>Tag holding the connector's name.</summary>
    public const string ConnectorTag = "secure_connectors.connector";

    /// <summary>Tag holding the operation's name.</summary>
    public const string OperationTag = "secure_connectors.operation";

    /// <summary>Tag holding the call's outcome.</summary>
    public const string OutcomeTag = "secure_connectors.outcome";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/>'s name: <c>SecureConnectors</c>.</summary>
    public const string MeterName = "SecureConnectors";

    /// <summary>Counter of calls, one per call whatever its outcome (unit <c>{call}</c>).</summary>
    public const string CallsInstrument = "secureconnectors.client.calls";

    /// <summary>Histogram of call durations in seconds, refused and denied calls included (unit <c>s</c>).</summary>
    public const string CallDurationInstrument = "secureconnectors.client.call.duration";

    /// <summary>Counter of calls the provider rate limited (unit <c>{call}</c>).</summary>
    public const string RateLimitedInstrument = "secureconnectors.client.rate_limited";

    internal static readonly ActivitySource Source = new(SourceName, typeof(ConnectorTelemetry).Assembly.GetName().Version?.ToString());
}
