using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>Logs and traces carry the route template, never the filled path (route values are often personal data).</summary>
public sealed class TelemetryAndLoggingTests
{
    private const string PersonalId = "person-4711-marker";

    [Fact]
    public async Task AddXxx_registers_no_logging_that_writes_the_filled_path()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"x"}"""));
        var logs = new CollectingLogs();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.AddTestHris(o => { o.AllowLoopbackHttp = true; o.AllowedHosts.Add("127.0.0.1"); })
            .ConfigureHttpClient(http => http.BaseAddress = new Uri(server.Root, "v1/"));
        using var container = services.BuildServiceProvider();

        await container.GetRequiredService<ITestHris>().GetEmployeeAsync(PersonalId);

        Assert.Contains(PersonalId, Assert.Single(server.Requests).PathAndQuery);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(PersonalId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_activity_carries_the_template_the_host_and_the_error_type_and_never_the_path()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", status: 500));
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SecureConnectors",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        // A parent activity of the test's own tells this call's activity from those of tests running beside it.
        using var parent = new Activity("telemetry-test").Start();
        await Assert.ThrowsAsync<ConnectorException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync(PersonalId));
        parent.Stop();

        var activity = Assert.Single(stopped, a => a.TraceId == parent.TraceId);
        Assert.Equal("employees/{id}", activity.GetTagItem("url.template"));
        Assert.Equal("127.0.0.1", activity.GetTagItem("server.address"));
        Assert.Equal(typeof(ConnectorException).FullName, activity.GetTagItem("error.type"));
        Assert.DoesNotContain(activity.TagObjects, t => t.Value?.ToString()?.Contains(PersonalId, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_throwing_activity_listener_does_not_change_the_outcome()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "SecureConnectors",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStarted = _ => throw new InvalidOperationException("exporter is down"),
            ActivityStopped = _ => throw new InvalidOperationException("exporter is down"),
        };
        ActivitySource.AddActivityListener(listener);

        var employee = await Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1");

        Assert.Equal("e-1", employee.Id);
    }

    private sealed class CollectingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CollectingLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                owner.Messages.Enqueue(category + " scope " + state);
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue(category + " " + formatter(state, exception) + " " + state);
        }
    }
}
