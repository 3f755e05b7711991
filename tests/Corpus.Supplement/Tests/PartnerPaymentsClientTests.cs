using Corpus.Supplement.Connectors;
using FluentAssertions;
using Flurl.Http;
using Flurl.Http.Testing;
using Xunit;

namespace Corpus.Supplement.Tests;

/// <summary>
/// Base fixture of the payments tests: every test of a derived class runs inside one <see cref="HttpTest"/>, which
/// answers all Flurl calls in process. The URLs in the derived classes say what the fake should see.
/// </summary>
public abstract class FlurlTestBase : IDisposable
{
    protected HttpTest HttpTest { get; } = new();

    public void Dispose()
    {
        HttpTest.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class PartnerPaymentsClientTests : FlurlTestBase
{
    private const string ApiBase = "http://api.partner-payments.com/";  // expect: none

    // Recorded from the partner's sandbox, ids shortened.
    private const string RefundResponse = "{\"id\":\"re_1042\",\"status\":\"succeeded\",\"receipt_url\":\"http://receipts.partner-payments.com/re_1042\"}";  // expect: none

    private const string WebhookEndpointResponse = """{"id":"we_88","url":"http://hooks.ledgerline-connect.com/payments","enabled_events":["charge.refunded"]}""";  // expect: none

    private readonly PartnerPaymentsClient _client = new(new FlurlClient(ApiBase));

    [Fact]
    public async Task Refund_is_posted_to_the_refunds_endpoint()
    {
        HttpTest.RespondWith(RefundResponse);

        var refund = await _client.RefundAsync("ch_7781", 12.50m);

        HttpTest.ShouldHaveCalled("http://api.partner-payments.com/v1/refunds")  // expect: none
            .WithVerb(HttpMethod.Post)
            .Times(1);
        refund.ReceiptUrl.Should().Be("http://receipts.partner-payments.com/re_1042");  // expect: none
    }

    [Fact]
    public async Task Webhook_endpoint_is_registered_once()
    {
        HttpTest
            .ForCallsTo("http://api.partner-payments.com/v1/webhook_endpoints*")  // expect: none
            .WithVerb(HttpMethod.Post)
            .RespondWith(WebhookEndpointResponse, 201);

        var endpoint = await _client.RegisterWebhookAsync(new Uri("http://hooks.ledgerline-connect.com/payments"));  // expect: none

        endpoint.Url.Should().Be("http://hooks.ledgerline-connect.com/payments");  // expect: none
        HttpTest.ShouldNotHaveCalled("http://api.partner-payments.com/v1/webhook_endpoints/we_88");  // expect: none
    }

    [Fact]
    public async Task Partner_error_keeps_its_documentation_link()
    {
        HttpTest.RespondWith("""{"error":{"type":"invalid_request_error","doc_url":"http://docs.partner-payments.com/errors/charge_already_refunded"}}""", 400);  // expect: none

        var error = await Assert.ThrowsAsync<PartnerPaymentsException>(() => _client.RefundAsync("ch_7781", 12.50m));

        Assert.Equal("http://docs.partner-payments.com/errors/charge_already_refunded", error.DocumentationUrl);  // expect: none
    }
}

/// <summary>No fake here: the options are checked on their own.</summary>
public sealed class PartnerPaymentsOptionsTests
{
    [Theory]
    [InlineData("http://api.partner-payments.com/")]  // expect: none
    [InlineData("http://sandbox.partner-payments.com/v1/")]  // expect: none
    public void Plain_http_base_address_is_refused(string baseUrl)
    {
        var options = new PartnerPaymentsOptions { BaseUrl = baseUrl };

        Assert.False(options.IsValid());
    }
}

/// <summary>
/// Nightly run against the partner's shared sandbox. Not derived from <see cref="FlurlTestBase"/>: no HttpTest is
/// active, so Flurl sends for real.
/// </summary>
[Trait("Category", "Sandbox")]
public sealed class PartnerPaymentsSandboxTests
{
    [Fact]
    public async Task Sandbox_accepts_a_small_refund()
    {
        using var flurl = new FlurlClient("http://sandbox-eu.partner-payments.com/");  // expect: http
        var client = new PartnerPaymentsClient(flurl);

        var refund = await client.RefundAsync("ch_sandbox_0001", 0.50m);

        refund.Status.Should().Be("succeeded");
    }

    [Fact]
    public async Task Sandbox_registers_the_staging_webhook()
    {
        using var flurl = new FlurlClient(SandboxEndpoints.Payments);
        var client = new PartnerPaymentsClient(flurl);

        var endpoint = await client.RegisterWebhookAsync(new Uri("http://hooks-staging.ledgerline-connect.com/payments"));  // expect: http

        endpoint.Id.Should().StartWith("we_");
    }
}

/// <summary>Base of the sandbox suites: one socket handler for the whole run, so connections are reused.</summary>
public abstract class SandboxTestBase : IDisposable
{
    protected HttpClientHandler Handler { get; } = new() { MaxConnectionsPerServer = 4 };

    public void Dispose()
    {
        Handler.Dispose();
        GC.SuppressFinalize(this);
    }
}

[Trait("Category", "Sandbox")]
public sealed class PartnerPaymentsChargeSandboxTests : SandboxTestBase
{
    [Fact]
    public async Task Seeded_charge_can_be_read()
    {
        using var http = new HttpClient(Handler, disposeHandler: false);
        var url = string.Format("http://sandbox.partner-payments.com/v1/charges/{0}", "ch_sandbox_0001");  // expect: http

        using var response = await http.GetAsync(url);

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Sandbox_answers_a_head_request_for_the_balance()
    {
        using var http = new HttpClient(Handler, disposeHandler: false);
        using var request = new HttpRequestMessage(HttpMethod.Head, "http://sandbox.partner-payments.com/v1/balance");  // expect: http

        using var response = await http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
    }
}
