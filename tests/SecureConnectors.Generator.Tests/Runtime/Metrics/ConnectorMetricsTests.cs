using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.LeastPrivilege;
using SecureConnectors.Generator.Tests.Infrastructure;
using SecureConnectors.Runtime;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Metrics;

/// <summary>
/// The <c>SecureConnectors</c> meter read with a <see cref="MeterListener"/>. Only these tests call the test-metered
/// connector, and the listener keeps only its measurements, so tests running beside them do not count.
/// </summary>
public sealed class ConnectorMetricsTests : IDisposable
{
    private const string Person = """{"id":"p-1","name":"Ada Example"}""";

    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public ConnectorMetricsTests()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ConnectorTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        listener.Start();
    }

    /// <summary>Set by a test to make the listener itself fail.</summary>
    private Exception? ListenerFault { get; set; }

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task A_succeeded_call_is_counted_once_with_its_duration_and_the_activity_tag_names()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Person));
        var audit = new RecordingAuditSink();

        await Client(server, audit).GetPersonAsync("p-1");

        var auditEvent = Assert.Single(audit.Events);
        var call = Assert.Single(Of(ConnectorTelemetry.CallsInstrument));
        Assert.Equal(("{call}", 1.0), (call.Unit, call.Value));
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["secure_connectors.connector"] = "test-metered",
                ["secure_connectors.operation"] = auditEvent.Operation,
                ["secure_connectors.outcome"] = "Succeeded",
            },
            call.Tags);
        var duration = Assert.Single(Of(ConnectorTelemetry.CallDurationInstrument));
        Assert.Equal("s", duration.Unit);
        Assert.Equal(call.Tags, duration.Tags);
        Assert.Equal(auditEvent.Duration.TotalSeconds, duration.Value);
        Assert.True(duration.Value > 0);
        Assert.Empty(Of(ConnectorTelemetry.RateLimitedInstrument));
    }

    [Fact]
    public async Task A_rate_limited_call_is_counted_as_a_call_and_as_rate_limited()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers.RetryAfter = "30";
            return LocalProvider.Json(c, "{}", 429);
        });

        await Assert.ThrowsAsync<RateLimitedException>(() => Client(server).GetPersonAsync("p-1"));

        Assert.Equal("RateLimited", Outcome(Assert.Single(Of(ConnectorTelemetry.CallsInstrument))));
        var limited = Assert.Single(Of(ConnectorTelemetry.RateLimitedInstrument));
        Assert.Equal(("{call}", 1.0, "RateLimited"), (limited.Unit, limited.Value, Outcome(limited)));
        Assert.Single(Of(ConnectorTelemetry.CallDurationInstrument));
    }

    [Fact]
    public async Task A_denied_call_is_counted_with_its_duration_though_nothing_was_sent()
    {
        await using var server = await LocalProvider.StartAsync();
        var client = new TestMeteredClient(Clients.Http(server.Root), new TestCredentials(), null, Clients.Options(), new ReadOnlyPolicy());

        await Assert.ThrowsAsync<ScopeDeniedException>(() => client.DeletePersonAsync("p-1"));

        Assert.Empty(server.Requests);
        Assert.Equal("Denied", Outcome(Assert.Single(Of(ConnectorTelemetry.CallsInstrument))));
        Assert.Equal("Denied", Outcome(Assert.Single(Of(ConnectorTelemetry.CallDurationInstrument))));
        Assert.Empty(Of(ConnectorTelemetry.RateLimitedInstrument));
    }

    [Fact]
    public async Task Refused_calls_are_counted_once_each()
    {
        await using var server = await LocalProvider.StartAsync();
        var credentials = new TestCredentials();

        // A route value that would change the resource, then a host that is neither declared nor allowed.
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Client(server, credentials: credentials).GetPersonAsync(".."));
        await Assert.ThrowsAsync<InsecureTransportException>(() =>
            new TestMeteredClient(Clients.Http(server.Root), credentials, null, new ConnectorOptions { AllowLoopbackHttp = true }).GetPersonAsync("p-1"));

        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        Assert.Equal(new[] { "InvalidArgument", "InsecureTransport" }, Of(ConnectorTelemetry.CallsInstrument).Select(Outcome));
        Assert.Equal(new[] { "InvalidArgument", "InsecureTransport" }, Of(ConnectorTelemetry.CallDurationInstrument).Select(Outcome));
    }

    [Fact]
    public async Task A_call_resent_after_a_401_is_still_one_call()
    {
        var answers = 0;
        await using var server = await LocalProvider.StartAsync(c => Interlocked.Increment(ref answers) == 1
            ? LocalProvider.Json(c, "{}", 401)
            : LocalProvider.Json(c, Person));

        await Client(server).GetPersonAsync("p-1");

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("Succeeded", Outcome(Assert.Single(Of(ConnectorTelemetry.CallsInstrument))));
        Assert.Single(Of(ConnectorTelemetry.CallDurationInstrument));
    }

    [Fact]
    public async Task A_listener_that_throws_never_reaches_the_caller()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Person));
        var audit = new RecordingAuditSink();
        ListenerFault = new InvalidOperationException("listener failure");

        var person = await Client(server, audit).GetPersonAsync("p-1");

        Assert.Equal("Ada Example", person.Name);
        Assert.Equal(ConnectorCallOutcome.Succeeded, Assert.Single(audit.Events).Outcome);
    }

    private static TestMeteredClient Client(LocalProvider server, RecordingAuditSink? audit = null, TestCredentials? credentials = null) =>
        new(Clients.Http(server.Root), credentials ?? new TestCredentials(), audit, Clients.Options());

    private static string? Outcome(Measurement measurement) => measurement.Tags[ConnectorTelemetry.OutcomeTag];

    private IReadOnlyList<Measurement> Of(string instrument) => measurements.Where(m => m.Instrument == instrument).ToList();

    private void Keep<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var byName = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            byName[tag.Key] = tag.Value?.ToString();
        }

        if (!byName.TryGetValue(ConnectorTelemetry.ConnectorTag, out var connector) || connector != "test-metered")
        {
            return;
        }

        if (ListenerFault is not null)
        {
            throw ListenerFault;
        }

        measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, Convert.ToDouble(value), byName));
    }

    private sealed record Measurement(string Instrument, string? Unit, double Value, Dictionary<string, string?> Tags);

    private sealed class ReadOnlyPolicy : IScopePolicy
    {
        public ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken) =>
            new(new HashSet<string> { "people:read" });
    }
}
