using System.Diagnostics.Tracing;

namespace SecureConnectors.Runtime;

/// <summary>
/// Where the library reports its own faults that must not change a call's outcome: an audit sink or a telemetry
/// listener that throws. Listen with <c>dotnet-trace</c>, <c>dotnet-counters</c> or an <see cref="EventListener"/>
/// on the source named <c>SecureConnectors</c>. Events carry names and exception types, never messages or values.
/// </summary>
[EventSource(Name = "SecureConnectors")]
internal sealed class ConnectorEventSource : EventSource
{
    public static readonly ConnectorEventSource Log = new();

    private ConnectorEventSource()
    {
    }

    [Event(1, Level = EventLevel.Error, Message = "The audit sink threw {2} while recording {0}.{1}; the call's outcome is unchanged.")]
    public void AuditSinkFailed(string connector, string operation, string exceptionType) =>
        WriteEvent(1, connector, operation, exceptionType);

    [Event(2, Level = EventLevel.Warning, Message = "A telemetry listener threw {2} during {0}.{1}; the call's outcome is unchanged.")]
    public void TelemetryFailed(string connector, string operation, string exceptionType) =>
        WriteEvent(2, connector, operation, exceptionType);
}
