using System.Diagnostics;

namespace SecureConnectors.Runtime;

/// <summary>The <see cref="ActivitySource"/> every connector call starts an activity from (OpenTelemetry listens by name).</summary>
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

    internal static readonly ActivitySource Source = new(SourceName, typeof(ConnectorTelemetry).Assembly.GetName().Version?.ToString());
}
