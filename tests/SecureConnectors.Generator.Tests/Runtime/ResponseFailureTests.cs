using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Bad responses become ConnectorExceptions that hold the status but never response content.</summary>
public sealed class ResponseFailureTests
{
    // A marker that would show up in a message if response content leaked into one.
    private const string Marker = "PERSONAL-DATA-MARKER";

    [Theory]
    [InlineData("""{"id":"e-1","displayName":"PERSONAL-DATA-MARKER" """)]
    [InlineData("""{"id":"e-1","displayName":PERSONAL-DATA-MARKER}""")]
    [InlineData("""{"id":"e-1","level":"PERSONAL-DATA-MARKER"}""")]
    [InlineData("""{"id":"e-1","level":1.5,"displayName":"PERSONAL-DATA-MARKER"}""")]
    [InlineData("""{"id":null,"displayName":"PERSONAL-DATA-MARKER"}""")]
    [InlineData("""["PERSONAL-DATA-MARKER"]""")]
    [InlineData("""{"id":"e-1"} {"PERSONAL-DATA-MARKER":1}""")]
    [InlineData("")]
    public async Task Malformed_or_mistyped_json_fails_without_quoting_the_response(string body)
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, body));
        var audit = new RecordingAuditSink();

        var failure = await Assert.ThrowsAnyAsync<ConnectorException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1"));

        Assert.DoesNotContain(Marker, failure.ToString());
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.InvalidResponse, auditEvent.Outcome);

        // The fields were asked for and the answer was read (if not understood): the record says which.
        Assert.Equal(["id", "displayName", "email", "level", "active"], auditEvent.FieldsRead);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_not_read(bool declareLength)
    {
        var huge = "{\"id\":\"e-1\",\"padding\":\"" + new string('x', 64 * 1024) + "\"}";
        await using var server = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            if (declareLength)
            {
                c.Response.ContentLength = huge.Length;
            }

            await c.Response.WriteAsync(huge);
        });

        var failure = await Assert.ThrowsAnyAsync<ConnectorException>(() =>
            Clients.Hris(server, new TestCredentials(), configure: o => o.MaxResponseBytes = 16 * 1024).GetEmployeeAsync("e-1"));

        Assert.Contains("larger than the allowed 16384 bytes", failure.Message);
    }

    [Fact]
    public async Task Retry_after_in_seconds_becomes_a_rate_limited_exception()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers["Retry-After"] = "7";
            return LocalProvider.Json(c, """{"error":"PERSONAL-DATA-MARKER"}""", 429);
        });
        var audit = new RecordingAuditSink();

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1"));

        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);
        Assert.Equal(429, (int)limited.StatusCode!);
        Assert.DoesNotContain(Marker, limited.ToString());
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal((ConnectorCallOutcome.RateLimited, (int?)429), (auditEvent.Outcome, auditEvent.StatusCode));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_becomes_the_wait_until_then()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers["Retry-After"] = DateTimeOffset.UtcNow.AddSeconds(120).ToString("R");
            return LocalProvider.Json(c, "{}", 429);
        });

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1"));

        Assert.InRange(limited.RetryAfter!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(121));
    }

    [Fact]
    public async Task A_429_without_retry_after_says_so()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", 429));

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1"));

        Assert.Null(limited.RetryAfter);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Other_statuses_carry_the_status_and_not_the_body(int status)
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"echo":"PERSONAL-DATA-MARKER"}""", status));
        var audit = new RecordingAuditSink();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1"));

        Assert.Equal(status, (int)failure.StatusCode!);
        Assert.DoesNotContain(Marker, failure.ToString());
        Assert.Equal((ConnectorCallOutcome.HttpError, (int?)status), (audit.Events.Single().Outcome, audit.Events.Single().StatusCode));
    }

    [Fact]
    public async Task An_unreachable_provider_is_a_connector_exception()
    {
        var port = await UnusedPortAsync();
        var client = new Connectors.TestHrisClient(Clients.Http(new Uri($"http://127.0.0.1:{port}/")), new TestCredentials(), options: new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.GetEmployeeAsync("e-1"));

        Assert.IsType<System.Net.Http.HttpRequestException>(failure.InnerException);
    }

    private static async Task<int> UnusedPortAsync()
    {
        await using var server = await LocalProvider.StartAsync();
        return server.Root.Port;
    }
}
