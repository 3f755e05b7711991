using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>A redirect to another origin never carries the credential; one to the same origin does.</summary>
public sealed class RedirectTests
{
    [Fact]
    public async Task A_redirect_to_another_origin_is_followed_without_the_credential()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"moved"}"""));
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = new Uri(other.Root, "elsewhere/e-1").ToString();
            return Task.CompletedTask;
        });

        var employee = await Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1");

        Assert.Equal("moved", employee.Id);
        Assert.Equal("Bearer " + TestCredentials.Token, Assert.Single(server.Requests).Headers["Authorization"]);
        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task A_redirect_to_another_origin_drops_an_api_key_header_too()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":1,"title":"t"}"""));
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 307;
            c.Response.Headers.Location = new Uri(other.Root, "tickets/1").ToString();
            return Task.CompletedTask;
        });
        var credentials = new TestCredentials { Next = _ => ConnectorCredential.ApiKey(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(5)) };
        var client = new TestTicketsClient(Clients.Http(server.Root), credentials, options: new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        await client.GetTicketAsync(1);

        Assert.Equal(TestCredentials.Token, Assert.Single(server.Requests).Headers["X-Api-Key"]);
        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task A_redirect_on_the_same_origin_keeps_the_credential()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            if (c.Request.Path.StartsWithSegments("/v1/employees"))
            {
                c.Response.StatusCode = 301;
                c.Response.Headers.Location = "/v2/people/e-1";
                return Task.CompletedTask;
            }

            return LocalProvider.Json(c, """{"id":"e-1"}""");
        });

        await Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1");

        Assert.All(server.Requests, r => Assert.Equal("Bearer " + TestCredentials.Token, r.Headers["Authorization"]));
        Assert.Equal("/v2/people/e-1", server.Requests.Last().PathAndQuery);
    }

    [Fact]
    public async Task A_redirect_to_a_remote_plain_http_address_is_refused()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = "http://downgrade.test.example/e-1";
            return Task.CompletedTask;
        });
        var audit = new RecordingAuditSink();

        await Assert.ThrowsAsync<InsecureTransportException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1"));

        Assert.Equal(ConnectorCallOutcome.InsecureTransport, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Endless_redirects_stop()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = c.Request.Path + "x";
            return Task.CompletedTask;
        });

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1"));

        Assert.Contains("redirected more than 5 times", failure.Message);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task With_a_handler_that_follows_redirects_itself_the_call_fails_and_dotnet_still_drops_the_authorization_header()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"moved"}"""));
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = new Uri(other.Root, "elsewhere").ToString();
            return Task.CompletedTask;
        });
        var client = new TestHrisClient(new HttpClient { BaseAddress = server.Root }, new TestCredentials(), options: new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        // The other origin's answer is not the provider's: the call fails instead of returning it.
        await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetEmployeeAsync("e-1"));

        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("Authorization"));
    }
}
