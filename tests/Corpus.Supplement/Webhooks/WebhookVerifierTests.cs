using System.Security.Cryptography;
using System.Text;
using Corpus.Supplement.Support;

namespace Corpus.Supplement.Webhooks;

/// <summary>Test-style code: a test compares a signature with one it computed itself; nobody times it.</summary>
public sealed class WebhookVerifierTests
{
    private static readonly byte[] TestKey = Enumerable.Repeat((byte)0x2A, 32).ToArray();

    [Fact]
    public void Shopify_signature_is_base64_of_the_hmac()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":1}");
        var signature = Convert.ToBase64String(HMACSHA256.HashData(TestKey, body));
        var recomputed = Convert.ToBase64String(new HMACSHA256(TestKey).ComputeHash(body));
        Assert.Equal(signature, recomputed);  // expect: none
        Assert.True(new ShopifyHmacVerifier(TestKey).Verify(signature, body));
    }
}
