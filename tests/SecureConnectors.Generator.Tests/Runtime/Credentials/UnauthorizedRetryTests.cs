using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors.LeastPrivilege;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Credentials;

/// <summary>A 401 from the API: any credential provider is asked once more with ForceRefresh, and the request sent once more.</summary>
public sealed class UnauthorizedRetryTests
{
    private const string Person = """{"id":"p-1","name":"Ada Example"}""";

    private static int counter;

    private static TestOAuthHrisClient Client(LocalProvider api, ICredentialProvider credentials, RecordingAuditSink audit) =>
        new(Clients.Http(new Uri(api.Root, "v1/")), credentials, audit, Clients.Options());

    // Each credential a new synthetic token, so the test can tell which one a request carried.
    private static TestCredentials NumberedCredentials() => new()
    {
        Next = _ => ConnectorCredential.Bearer(new SecretString("synthetic-token-" + Interlocked.Increment(ref counter)), DateTimeOffset.UtcNow.AddMinutes(10)),
    };

    [Fact]
    public async Task A_401_makes_the_client_ask_once_more_with_force_refresh_and_send_once_more()
    {
        var answers = 0;
        await using var api = await LocalProvider.StartAsync(c => Interlocked.Increment(ref answers) == 1
            ? LocalProvider.Json(c, """{"error":"expired"}""", 401)
            : LocalProvider.Json(c, Person));
        var credentials = NumberedCredentials();
        var audit = new RecordingAuditSink();

        var person = await Client(api, credentials, audit).GetPersonAsync("p-1");

        Assert.Equal("Ada Example", person.Name);
        Assert.Equal(new[] { false, true }, credentials.Requests.Select(r => r.ForceRefresh));
        Assert.All(credentials.Requests, r => Assert.Equal(new[] { "people:read" }, r.Scopes));
        var sent = api.Requests.Select(r => r.Headers["Authorization"]).ToList();
        Assert.Equal(2, sent.Count);
        Assert.NotEqual(sent[0], sent[1]);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal((ConnectorCallOutcome.Succeeded, (int?)200), (auditEvent.Outcome, auditEvent.StatusCode));
        Assert.Equal(new[] { "people:read" }, auditEvent.ScopesUsed);
    }

    [Fact]
    public async Task A_second_401_is_a_connector_exception_with_status_401_after_exactly_two_sends()
    {
        await using var api = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", 401));
        var credentials = NumberedCredentials();
        var audit = new RecordingAuditSink();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(api, credentials, audit).GetPersonAsync("p-1"));

        Assert.Equal(typeof(ConnectorException), failure.GetType());
        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Equal(2, api.Requests.Count);
        Assert.Equal(2, credentials.Requests.Count);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal((ConnectorCallOutcome.HttpError, (int?)401), (auditEvent.Outcome, auditEvent.StatusCode));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(500)]
    public async Task Another_error_status_is_not_retried(int status)
    {
        await using var api = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", status));
        var credentials = NumberedCredentials();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(api, credentials, new RecordingAuditSink()).GetPersonAsync("p-1"));

        Assert.Equal((HttpStatusCode)status, failure.StatusCode);
        Assert.Single(api.Requests);
        Assert.False(Assert.Single(credentials.Requests).ForceRefresh);
    }

    [Fact]
    public async Task A_request_with_a_body_is_sent_again_whole()
    {
        var answers = 0;
        await using var api = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = Interlocked.Increment(ref answers) == 1 ? 401 : 204;
            return Task.CompletedTask;
        });

        await Client(api, NumberedCredentials(), new RecordingAuditSink()).AddNoteAsync("p-1", new PersonNote { Text = "synthetic note" });

        var requests = api.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(("POST", "/v1/people/p-1/notes"), (r.Method, r.PathAndQuery)));
        Assert.Contains("synthetic note", requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Fact]
    public async Task The_refreshed_credential_is_checked_like_the_first()
    {
        await using var api = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", 401));
        var credentials = new TestCredentials
        {
            Next = r => r.ForceRefresh
                ? ConnectorCredential.Bearer(new SecretString("synthetic-token-expired"), DateTimeOffset.UtcNow.AddMinutes(-1))
                : ConnectorCredential.Bearer(new SecretString("synthetic-token-1"), DateTimeOffset.UtcNow.AddMinutes(10)),
        };
        var audit = new RecordingAuditSink();

        await Assert.ThrowsAsync<CredentialException>(() => Client(api, credentials, audit).GetPersonAsync("p-1"));

        Assert.Single(api.Requests);
        Assert.Equal(ConnectorCallOutcome.CredentialRejected, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_401_from_another_origin_after_a_redirect_is_not_about_the_credential()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", 401));
        await using var api = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = new Uri(other.Root, "v1/people/p-1").ToString();
            return Task.CompletedTask;
        });
        var credentials = NumberedCredentials();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(api, credentials, new RecordingAuditSink()).GetPersonAsync("p-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Single(credentials.Requests);
        Assert.Single(api.Requests);
        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("Authorization"));
    }
}
