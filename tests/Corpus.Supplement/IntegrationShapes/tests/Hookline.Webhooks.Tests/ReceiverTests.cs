using System.Net;
using System.Net.Http.Headers;
using Hookline.Webhooks.Receivers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;
using Xunit;

namespace Hookline.Webhooks.Tests;

public sealed class GitHubWebhookReceiverTests
{
    // Made up for these tests; nothing is registered with it.
    private const string MockWebhookSecret = "{{synthetic:40:alnum}}";  // expect: none

    [Theory]
    [InlineData("sha256={{synthetic:64:hex}}")]  // expect: none
    [InlineData("sha1={{synthetic:40:hex}}")]
    [InlineData("")]
    public void Rejects_a_signature_that_does_not_match(string header)
    {
        var receiver = new GitHubWebhookReceiver(Options.Create(new GitHubReceiverOptions { WebhookSecret = MockWebhookSecret }), NullLogger<GitHubWebhookReceiver>.Instance);

        Assert.False(receiver.IsValid("72d3162e-cc78-11e3-81ab-4c9367dc0958", """{"zen":"Design for failure."}""", header));
    }
}

public sealed class StripeWebhookReceiverTests
{
    [Theory]
    [InlineData("t=1700000000,v1={{synthetic:64:hex}}")]  // expect: none
    [InlineData("t=1700000000,v0={{synthetic:64:hex}}")]
    public void Rejects_signatures_made_with_another_secret(string stripeSignature)
    {
        var options = Options.Create(new StripeReceiverOptions { EndpointSecret = StandardWebhook.GenerateSecret() });
        var receiver = new StripeWebhookReceiver(options, NullLogger<StripeWebhookReceiver>.Instance);

        Assert.False(receiver.TryVerify("""{"id":"evt_1","object":"event"}""", stripeSignature));
    }
}

public sealed class WebhookSenderTests
{
    // The management API is mocked below; the token only has to be present.
    private const string MockApiToken = "hk_{{synthetic:40:alnum}}";  // expect: none

    [Fact]
    public async Task Posts_the_signed_payload_to_the_endpoint()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Expect(HttpMethod.Post, "http://receiver.acme-shop.io/hooks").Respond(HttpStatusCode.NoContent);  // expect: none
        using var http = mockHttp.ToHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MockApiToken);
        var sender = new WebhookSender(http, NullLogger<WebhookSender>.Instance);
        var endpoint = new WebhookEndpoint("ep_2NfK", new Uri("http://receiver.acme-shop.io/hooks"), StandardWebhook.GenerateSecret());  // expect: none

        Assert.True(await sender.SendAsync(endpoint, "invoice.paid", """{"invoice":"in_1"}"""));
        mockHttp.VerifyNoOutstandingExpectation();
    }
}
