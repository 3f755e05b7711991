using System.Net;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace Hookline.Webhooks.Tests;

/// <summary>Nightly job: posts a signed event to the staging receiver, as Stripe would.</summary>
[Trait("Category", "Staging")]
public sealed class StagingReceiverSmokeTests
{
    // Signing secret of the staging endpoint (Stripe dashboard, test mode → Webhooks → hooks-staging).
    private const string StagingEndpointSecret = "whsec_{{synthetic:32:alnum}}";  // expect: secret

    [Fact(Skip = "Runs in the nightly staging job")]
    public async Task Staging_receiver_accepts_a_signed_event()
    {
        const string body = """{"id":"evt_ci_1","object":"event","type":"invoice.paid"}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var v1 = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(StagingEndpointSecret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://hooks-staging.acme-shop.io/stripe");  // expect: http
        request.Headers.Add("Stripe-Signature", $"t={timestamp},v1={v1}");
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
