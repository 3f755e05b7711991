using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Webhooks;
using TestShapes.Quillmere.Tests.Common;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests.Webhooks;

internal sealed class FixedClock(long unixSeconds) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
}

public sealed class WebhookSignatureTests
{
    private const string SigningSecret = "whsec_quillmere_unit_tests";  // expect: none

    private const long Timestamp = 1767225600;

    /// <summary>The raw-HMAC vector of ADR-0031: key bytes and the MAC of an empty JSON object.</summary>
    private static readonly byte[] VectorKey = [0x5e, 0x1f, 0x9a, 0x33, 0xc4, 0x07, 0x8b, 0xd2, 0x61, 0xfe, 0x2c, 0x90, 0x4d, 0xb7, 0x13, 0xe8, 0x76, 0x0a, 0xa9, 0x55, 0xcf, 0x38, 0x82, 0x1b];  // expect: none

    private const string VectorMacHex = "9c41d2e07b3f58a6c1e94d270b8f3a65d2c07e19b4f6a83d5e2c91b07f4a6d38";  // expect: none

    [Fact]
    public void Helper_and_verifier_agree_on_a_fresh_delivery()
    {
        var body = """{"type":"payrun.completed","run_id":"pr_2026_03"}"""u8.ToArray();
        var header = WebhookSignature.ComputeSignature(SigningSecret, Timestamp, body);
        var verifier = new WebhookSignatureVerifier(
            Options.Create(new WebhookOptions { SigningSecret = SigningSecret }),
            NullLogger<WebhookSignatureVerifier>.Instance,
            new FixedClock(Timestamp));

        Assert.True(verifier.Verify(body, Timestamp, header));
        Assert.True(WebhookSignature.Matches(SigningSecret, Timestamp, body, header));
    }

    [Fact]
    public void Raw_hmac_matches_the_adr_vector()
    {
        var mac = Convert.ToHexStringLower(HMACSHA256.HashData(VectorKey, "{}"u8));

        Assert.Equal(VectorMacHex, mac);  // expect: none
        Assert.True(mac == VectorMacHex);  // expect: none
    }

    [Theory]
    [InlineData("")]
    [InlineData("t=1767225600,v1=00")]
    [InlineData("t=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd")]  // expect: none
    public void Verifier_rejects_malformed_and_foreign_signatures(string header)
    {
        var verifier = new WebhookSignatureVerifier(
            Options.Create(new WebhookOptions { SigningSecret = SigningSecret }),
            NullLogger<WebhookSignatureVerifier>.Instance,
            new FixedClock(Timestamp));

        Assert.False(verifier.Verify("{}"u8, Timestamp, header));
    }

    [Fact]
    public async Task Sender_signs_what_the_customer_endpoint_checks()
    {
        var receiver = new FakeWebhookReceiver(SigningSecret);
        using var http = new HttpClient(receiver) { BaseAddress = new Uri("http://hooks.customer-example.com/") };  // expect: none
        var body = Encoding.UTF8.GetBytes("""{"type":"payslip.published","payslip_id":"ps_42"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "quillmere") { Content = new ByteArrayContent(body) };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.ComputeSignature(SigningSecret, Timestamp, body));

        using var response = await http.SendAsync(request);

        Assert.True(receiver.Deliveries.Single().SignatureValid);
    }
}
