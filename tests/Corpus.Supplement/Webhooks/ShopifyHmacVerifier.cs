using System.Security.Cryptography;
using System.Text;

namespace Corpus.Supplement.Webhooks;

/// <summary>Shopify: "X-Shopify-Hmac-Sha256" is base64(HMAC-SHA256(app secret, raw body)).</summary>
public sealed class ShopifyHmacVerifier(byte[] appSecret)
{
    public bool Verify(string hmacHeader, byte[] rawBody)
    {
        var computed = Convert.ToBase64String(HMACSHA256.HashData(appSecret, rawBody));
        return computed == hmacHeader;  // expect: timing
    }

    public bool VerifyDecoded(string hmacHeader, byte[] rawBody)
    {
        var expected = HMACSHA256.HashData(appSecret, rawBody);
        var received = Convert.FromBase64String(hmacHeader);
        return expected.SequenceEqual(received);  // expect: timing
    }

    /// <summary>A reference comparison of two arrays: always false for distinct arrays (a bug), not a timing leak.</summary>
    public bool VerifyBroken(string hmacHeader, byte[] rawBody)
    {
        byte[] expectedMac = HMACSHA256.HashData(appSecret, rawBody);
        byte[] receivedMac = Convert.FromBase64String(hmacHeader);
        return expectedMac == receivedMac;  // expect: none
    }

    /// <summary>OAuth install callback: "hmac" query parameter, hex, over the sorted remaining parameters.</summary>
    public bool VerifyInstallQuery(IReadOnlyDictionary<string, string> query)
    {
        var message = string.Join("&", query.Where(p => p.Key != "hmac").OrderBy(p => p.Key, StringComparer.Ordinal)  // expect: none
            .Select(p => $"{p.Key}={p.Value}"));
        var expectedHmac = Convert.ToHexStringLower(HMACSHA256.HashData(appSecret, Encoding.UTF8.GetBytes(message)));
        return string.Equals(expectedHmac, query["hmac"], StringComparison.OrdinalIgnoreCase);  // expect: timing
    }
}
