using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>Every failure a caller sees is a ConnectorException (or its own cancellation); recording never changes it.</summary>
public sealed class FailSafeCallTests
{
    [Fact]
    public async Task A_throwing_audit_sink_does_not_turn_a_completed_delete_into_an_error()
    {
        await using var server = await LocalProvider.StartAsync(c => { c.Response.StatusCode = 204; return Task.CompletedTask; });
        var client = new TestHrisClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), new ThrowingSink(), Local());

        await client.DeleteEmployeeAsync(Guid.NewGuid());

        Assert.Equal("DELETE", Assert.Single(server.Requests).Method);
    }

    [Fact]
    public async Task A_throwing_audit_sink_does_not_hide_a_denial()
    {
        await using var server = await LocalProvider.StartAsync();
        var client = new TestHrisClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), new ThrowingSink(), Local(), new FixedPolicy());

        await Assert.ThrowsAsync<ScopeDeniedException>(() => client.DeleteEmployeeAsync(Guid.NewGuid()));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_connection_dropped_mid_body_is_a_connector_exception_with_the_cause_inside()
    {
        await using var server = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 1000;
            await c.Response.WriteAsync("{\"id\":\"e-1\",");
            await c.Response.Body.FlushAsync();
            c.Abort();
        });
        var audit = new RecordingAuditSink();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1"));

        Assert.NotNull(failure.InnerException);
        Assert.Equal(ConnectorCallOutcome.Failed, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task HttpClient_timeout_is_reported_as_a_timeout_not_as_unreachable()
    {
        await using var server = await LocalProvider.StartAsync(async c => await Task.Delay(5000, c.RequestAborted).ContinueWith(_ => { }));
        var http = Clients.Http(new Uri(server.Root, "v1/"));
        http.Timeout = TimeSpan.FromMilliseconds(300);
        var audit = new RecordingAuditSink();
        var client = new TestHrisClient(http, new TestCredentials(), audit, Local());

        await Assert.ThrowsAsync<ConnectorTimeoutException>(() => client.GetEmployeeAsync("e-1"));

        Assert.Equal(ConnectorCallOutcome.TimedOut, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_an_operation_cancelled_exception()
    {
        await using var server = await LocalProvider.StartAsync(async c => await Task.Delay(5000, c.RequestAborted).ContinueWith(_ => { }));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1", cancel.Token));
    }

    [Fact]
    public async Task A_failing_scope_policy_is_a_connector_exception_and_lists_no_scope_as_used()
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();
        var client = new TestHrisClient(Clients.Http(new Uri(server.Root, "v1/")), credentials, audit, Local(), new ThrowingPolicy());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.GetEmployeeAsync("e-1"));

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Empty(auditEvent.ScopesUsed);
        Assert.Empty(auditEvent.FieldsRead);
    }

    [Fact]
    public async Task A_failing_credential_provider_is_a_credential_exception_with_nothing_sent()
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials { Next = _ => throw new IOException("vault unreachable") };

        var failure = await Assert.ThrowsAsync<CredentialException>(() => Clients.Hris(server, credentials, audit).GetEmployeeAsync("e-1"));

        Assert.IsType<IOException>(failure.InnerException);
        Assert.Empty(server.Requests);
        Assert.Equal(ConnectorCallOutcome.CredentialRejected, Assert.Single(audit.Events).Outcome);
        Assert.Empty(audit.Events[0].ScopesUsed);
    }

    [Fact]
    public async Task A_denied_call_lists_no_scope_as_used()
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();
        var client = new TestHrisClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), audit, Local(), new FixedPolicy());

        await Assert.ThrowsAsync<ScopeDeniedException>(() => client.DeleteEmployeeAsync(Guid.NewGuid()));

        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.Denied, auditEvent.Outcome);
        Assert.Empty(auditEvent.ScopesUsed);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("")]
    public async Task A_refused_route_value_is_audited_once_with_nothing_sent(string id)
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();

        await Assert.ThrowsAsync<ArgumentException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync(id));

        Assert.Empty(server.Requests);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.InvalidArgument, auditEvent.Outcome);
        Assert.Equal("employees/{id}", auditEvent.Route);
        Assert.Empty(auditEvent.ScopesUsed);
    }

    [Fact]
    public async Task The_largest_response_limit_works_without_overflow()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));

        var employee = await Clients.Hris(server, new TestCredentials(), configure: o => o.MaxResponseBytes = ConnectorOptions.MaxResponseBytesLimit).GetEmployeeAsync("e-1");

        Assert.Equal("e-1", employee.Id);
    }

    [Fact]
    public async Task The_audit_event_carries_the_trace_id_and_the_host_reached()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == "SecureConnectors",
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        var audit = new RecordingAuditSink();

        await Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1");

        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal("127.0.0.1", auditEvent.Host);
        Assert.Matches("^[0-9a-f]{32}$", auditEvent.TraceId);
    }

    private static ConnectorOptions Local() => new() { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } };

    private sealed class ThrowingSink : IConnectorAuditSink
    {
        public void Record(ConnectorAuditEvent auditEvent) => throw new InvalidOperationException("audit store is down");
    }

    private sealed class ThrowingPolicy : IScopePolicy
    {
        public ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("consent store is down");
    }

    private sealed class FixedPolicy : IScopePolicy
    {
        public ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken) =>
            new(new HashSet<string> { "employees:read" });
    }
}
