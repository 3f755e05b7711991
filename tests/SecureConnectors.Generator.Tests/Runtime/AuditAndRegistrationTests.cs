using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>One audit event and one activity per call, the logger sink, and the generated DI registration.</summary>
public sealed class AuditAndRegistrationTests
{
    [Fact]
    public async Task A_successful_call_records_names_and_never_values()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1","displayName":"Ada Example","email":"ada@example.test","ssn":"000-00-0000"}"""));
        var audit = new RecordingAuditSink();

        await Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("secret-id-42");

        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(("test-hris", "GetEmployeeAsync", "GET", "employees/{id}"), (auditEvent.Connector, auditEvent.Operation, auditEvent.Method, auditEvent.Route));
        Assert.Equal(new[] { "employees:read" }, auditEvent.ScopesUsed);
        Assert.Equal(new[] { "id", "displayName", "email", "level", "active" }, auditEvent.FieldsRead);
        Assert.Equal(("tenant-a", "payroll-sync", (int?)200, ConnectorCallOutcome.Succeeded), (auditEvent.Tenant, auditEvent.Actor, auditEvent.StatusCode, auditEvent.Outcome));
        var text = auditEvent.ToString();
        foreach (var value in new[] { "secret-id-42", "Ada Example", "ada@example.test", "000-00-0000", TestCredentials.Token })
        {
            Assert.DoesNotContain(value, text);
        }

        Assert.Contains("fields=[id,displayName,email,level,active]", text);
    }

    [Fact]
    public async Task A_cancelled_call_is_audited_as_cancelled()
    {
        await using var server = await LocalProvider.StartAsync(async c => await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted));
        var audit = new RecordingAuditSink();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1", cancellation.Token));

        Assert.Equal(ConnectorCallOutcome.Cancelled, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Every_call_starts_one_client_activity_with_connector_and_operation_tags()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SecureConnectors",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        // The listener is process-wide and other tests call connectors in parallel: keep only this call's child.
        using var parent = new Activity("test").Start();
        await Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1");
        parent.Stop();

        List<Activity> mine;
        lock (activities)
        {
            mine = activities.Where(a => a.ParentId == parent.Id).ToList();
        }

        var activity = Assert.Single(mine);
        Assert.Equal("test-hris", activity.GetTagItem("secure_connectors.connector"));
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal("GetEmployeeAsync", activity.GetTagItem("secure_connectors.operation"));
        Assert.Equal("Succeeded", activity.GetTagItem("secure_connectors.outcome"));
    }

    [Fact]
    public async Task The_generated_registration_builds_a_typed_client_that_follows_redirects_itself()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"moved"}"""));
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = new Uri(other.Root, "elsewhere").ToString();
            return Task.CompletedTask;
        });
        var audit = new RecordingAuditSink();
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.AddSingleton<IConnectorAuditSink>(audit);
        services.AddTestHris(o => { o.AllowLoopbackHttp = true; o.AllowedHosts.Add("127.0.0.1"); o.Tenant = "tenant-b"; })
            .ConfigureHttpClient(http => http.BaseAddress = new Uri(server.Root, "v1/"));
        using var container = services.BuildServiceProvider();

        var employee = await container.GetRequiredService<ITestHris>().GetEmployeeAsync("e-1");

        Assert.Equal("moved", employee.Id);
        Assert.Single(server.Requests);
        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("Authorization"));
        Assert.Equal("tenant-b", Assert.Single(audit.Events).Tenant);
    }

    [Fact]
    public void The_logger_sink_writes_structured_entries_without_values()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var sink = new LoggerAuditSink(factory.CreateLogger<LoggerAuditSink>());

        sink.Record(new ConnectorAuditEvent(DateTimeOffset.UnixEpoch, "test-hris", "GetEmployeeAsync", "GET", "employees/{id}",
            new[] { "employees:read" }, new[] { "id", "email" }, "tenant-a", "sync", 200, TimeSpan.FromMilliseconds(12), ConnectorCallOutcome.Succeeded));
        sink.Record(new ConnectorAuditEvent(DateTimeOffset.UnixEpoch, "test-hris", "GetEmployeeAsync", "GET", "employees/{id}",
            new[] { "employees:read" }, Array.Empty<string>(), null, null, 429, TimeSpan.Zero, ConnectorCallOutcome.RateLimited));
        sink.Record(new ConnectorAuditEvent(DateTimeOffset.UnixEpoch, "test-hris", "DeleteEmployeeAsync", "DELETE", "employees/{id}",
            Array.Empty<string>(), Array.Empty<string>(), "tenant-a", "sync", null, TimeSpan.Zero, ConnectorCallOutcome.Denied));

        Assert.Equal(new[] { (4100, LogLevel.Information), (4101, LogLevel.Warning), (4102, LogLevel.Warning) }, logs.Entries.Select(e => (e.EventId, e.Level)));
        Assert.Contains("test-hris.GetEmployeeAsync GET employees/{id} succeeded with 200", logs.Entries[0].Message);
        Assert.Contains("fields [id,email]", logs.Entries[0].Message);
        Assert.Contains("ended RateLimited with 429", logs.Entries[1].Message);
        Assert.Contains("DeleteEmployeeAsync DELETE employees/{id} ended Denied before any response in 0 ms", logs.Entries[2].Message);
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public List<(int EventId, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CollectingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((eventId.Id, logLevel, formatter(state, exception)));
        }
    }
}
