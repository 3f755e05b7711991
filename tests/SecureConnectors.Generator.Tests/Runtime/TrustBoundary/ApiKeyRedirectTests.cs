using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>
/// An API key in a custom header and a 307 to another origin, through every way of building the client's HttpClient.
/// .NET strips only Authorization on redirects, so whoever follows the redirect decides where the key goes.
/// </summary>
public sealed class ApiKeyRedirectTests
{
    [Fact]
    public async Task A_hand_built_httpclient_that_follows_redirects_fails_the_call_instead_of_returning_the_other_origins_answer()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":7,"title":"from elsewhere"}"""));
        await using var server = await RedirectingTo(other);
        var audit = new RecordingAuditSink();
        // The construction SC2004 reports: the key reaches the other origin before the client can see the 3xx.
#pragma warning disable SC2004
        var client = new TestTicketsClient(new HttpClient { BaseAddress = server.Root }, ApiKeys(), audit, LocalOptions());
#pragma warning restore SC2004

        var refused = await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetTicketAsync(7));

        Assert.Contains("followed a redirect on its own", refused.Message);
        Assert.Equal(ConnectorCallOutcome.InsecureTransport, Assert.Single(audit.Events).Outcome);
        Assert.Empty(audit.Events[0].FieldsRead);
    }

    [Fact]
    public async Task AddXxx_keeps_redirects_off_when_the_primary_handler_is_replaced_afterwards()
    {
        var (server, other) = await CallThroughRegistrationAsync(
            (_, client) => client.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler()));

        Assert.Equal(TestCredentials.Token, Assert.Single(server.Requests).Headers["X-Api-Key"]);
        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task AddXxx_keeps_redirects_off_under_an_app_wide_default_handler()
    {
        var (_, other) = await CallThroughRegistrationAsync(
            (services, _) => services.ConfigureHttpClientDefaults(defaults => defaults.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler())));

        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task AddXxx_keeps_redirects_off_for_a_connector_registered_after_another()
    {
        // One handler filter serves every connector of the container: the second registration's client must be in it.
        var (_, other) = await CallThroughRegistrationAsync(
            (_, client) => client.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler()),
            before: services => services.AddTestHris(Local).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler()));

        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task A_handler_wrapped_in_delegating_handlers_is_still_turned_off()
    {
        var (_, other) = await CallThroughRegistrationAsync(
            (_, client) => client.ConfigurePrimaryHttpMessageHandler(() => new PassThrough { InnerHandler = new HttpClientHandler() }));

        Assert.False(Assert.Single(other.Requests).Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task A_redirect_target_outside_the_allowed_hosts_is_refused_before_anything_is_sent_to_it()
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":7,"title":"t"}"""));
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 307;
            c.Response.Headers.Location = $"http://localhost:{other.Root.Port}/tickets/7";
            return Task.CompletedTask;
        });
        var client = new TestTicketsClient(Clients.Http(server.Root), ApiKeys(), options: LocalOptions());

        var refused = await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetTicketAsync(7));

        Assert.Equal("localhost", refused.Host);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task A_308_post_to_another_origin_is_not_followed_and_its_body_stays_home()
    {
        await using var other = await LocalProvider.StartAsync();
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 308;
            c.Response.Headers.Location = new Uri(other.Root, "v1/employees/e-1/notes").ToString();
            return Task.CompletedTask;
        });

        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            Clients.Hris(server, new TestCredentials()).AddNoteAsync("e-1", new NoteRequest { Text = "PERSONAL-NOTE" }));

        Assert.Contains("not followed", refused.Message);
        Assert.Single(server.Requests);
        Assert.Empty(other.Requests);
    }

    // A registered client whose provider answers 307 to another origin, configured by the test after AddXxx; the
    // other origin answers as the provider would. Returns both servers' recorded requests after one call.
    private static async Task<(LocalProvider Server, LocalProvider Other)> CallThroughRegistrationAsync(
        Action<ServiceCollection, IHttpClientBuilder> configure,
        Action<ServiceCollection>? before = null)
    {
        await using var other = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":7,"title":"moved"}"""));
        await using var server = await RedirectingTo(other);
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(ApiKeys());
        before?.Invoke(services);
        var client = services.AddTestTickets(Local).ConfigureHttpClient(http => http.BaseAddress = server.Root);
        configure(services, client);
        using var container = services.BuildServiceProvider();

        var ticket = await container.GetRequiredService<ITestTickets>().GetTicketAsync(7);

        Assert.Equal("moved", ticket.Title);
        return (server, other);
    }

    private static void Local(ConnectorOptions options)
    {
        options.AllowLoopbackHttp = true;
        options.AllowedHosts.Add("127.0.0.1");
    }

    private static ConnectorOptions LocalOptions()
    {
        var options = new ConnectorOptions();
        Local(options);
        return options;
    }

    private static TestCredentials ApiKeys() =>
        new() { Next = _ => ConnectorCredential.ApiKey(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(5)) };

    private static Task<LocalProvider> RedirectingTo(LocalProvider other) =>
        LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 307;
            c.Response.Headers.Location = new Uri(other.Root, "tickets/7").ToString();
            return Task.CompletedTask;
        });

    private sealed class PassThrough : DelegatingHandler
    {
    }
}
