using System.Net;
using System.Text;
using Corpus.Supplement.Connectors;
using Corpus.Supplement.Gateway;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using Xunit;

namespace Corpus.Supplement.Tests;

/// <summary>Stands in for the ledger behind the gateway: answers every entry with 201 and keeps the last request.</summary>
public sealed class StubLedgerHandler : HttpMessageHandler
{
    public HttpRequestMessage? LastRequest { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created));
    }
}

/// <summary>The gateway in process, its "ledger" client wired to <see cref="StubLedgerHandler"/>.</summary>
public sealed class PartnerGatewayFactory : WebApplicationFactory<Program>
{
    public StubLedgerHandler Ledger { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Ledger:BaseUrl", "http://ledger.partner-payments.com/api/");  // expect: none
        builder.ConfigureTestServices(services => services.AddHttpClient("ledger").ConfigurePrimaryHttpMessageHandler(() => Ledger));
    }
}

public sealed class GatewayRefundRouteTests(PartnerGatewayFactory factory) : IClassFixture<PartnerGatewayFactory>
{
    private static readonly Uri GatewayHost = new("http://gateway.partner-payments.com/");  // expect: none

    [Fact]
    public async Task Refund_route_books_an_entry_in_the_ledger()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = GatewayHost, AllowAutoRedirect = false });

        using var response = await client.PostAsync("http://gateway.partner-payments.com/refunds/ch_7781", content: null);  // expect: none

        Assert.Equal(new Uri("http://ledger.partner-payments.com/api/entries"), factory.Ledger.LastRequest?.RequestUri);  // expect: none
        response.Headers.Location.Should().Be(new Uri("http://gateway.partner-payments.com/refunds/re_1042"));  // expect: none
    }

    [Fact]
    public async Task Refund_route_rejects_an_unknown_charge()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("http://gateway.partner-payments.com/refunds/ch_unknown", content: null);  // expect: none

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>The partner's identity provider, faked: token requests are answered in process.</summary>
public sealed class FakeIdentityProvider
{
    private const string TokenResponse = """{"token_type":"Bearer","expires_in":3600,"scope":"ledger.write"}""";

    public FakeIdentityProvider()
    {
        Handler.When(HttpMethod.Post, "http://login.ledgerline-connect.com/oauth/token")  // expect: none
            .Respond("application/json", TokenResponse);
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public HttpClient CreateClient()
    {
        var client = Handler.ToHttpClient();
        client.BaseAddress = new Uri("http://login.ledgerline-connect.com/");  // expect: none
        return client;
    }
}

/// <summary>
/// Exports to the ledger vendor's sandbox. Only the identity provider is faked (by another class); the ledger
/// requests go to the real sandbox.
/// </summary>
[Trait("Category", "Sandbox")]
public sealed class LedgerSandboxExportTests
{
    private readonly FakeIdentityProvider _identity = new();

    [Fact]
    public async Task Export_is_accepted_by_the_sandbox()
    {
        using var ledger = new HttpClient { BaseAddress = new Uri("http://sandbox.ledgerline-connect.com/api/") };  // expect: http
        var exporter = new LedgerExporter(ledger, _identity.CreateClient());

        var exported = await exporter.ExportAsync([new LedgerLine("4000-refunds", -12.50m, "EUR")]);

        Assert.Equal(1, exported);
    }

    [Fact]
    public async Task Sandbox_notifies_the_staging_callback()
    {
        using var ledger = new HttpClient { BaseAddress = new Uri(SandboxEndpoints.Ledger) };
        var subscription = """{"event":"entry.booked","callback_url":"http://hooks-staging.ledgerline-connect.com/ledger"}""";  // expect: http

        using var response = await ledger.PostAsync("subscriptions", new StringContent(subscription, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

/// <summary>Post-deployment check of the gateway in the staging environment: no factory, a real client.</summary>
[Trait("Category", "Smoke")]
public sealed class GatewayStagingSmokeTests
{
    [Fact]
    public async Task Staging_gateway_is_healthy()
    {
        using var http = new HttpClient();

        var body = await http.GetStringAsync("http://gateway-staging.partner-payments.com/health/ready");  // expect: http

        body.Should().Be("Healthy");
    }

    [Fact]
    public async Task Staging_report_link_is_reachable()
    {
        var report = new UriBuilder("http", "reports-staging.partner-payments.com") { Path = "refunds/daily.csv" };  // expect: http
        using var http = new HttpClient();

        using var response = await http.GetAsync(report.Uri);

        Assert.True(response.IsSuccessStatusCode);
    }
}
