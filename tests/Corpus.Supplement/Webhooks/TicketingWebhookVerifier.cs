using System.Security.Cryptography;
using System.Text;

namespace Corpus.Supplement.Webhooks;

/// <summary>
/// Ticketing and CRM webhooks: Zendesk ("X-Zendesk-Webhook-Signature", base64 HMAC-SHA256 of timestamp + body) and
/// HubSpot v3 ("X-HubSpot-Signature-v3", base64 HMAC-SHA256 of method + uri + body + timestamp).
/// </summary>
public sealed class TicketingWebhookVerifier(byte[] zendeskSecret, byte[] hubSpotClientSecret)
{
    public bool VerifyZendesk(string signature, string timestamp, string body)
    {
        var expected = Convert.ToBase64String(HMACSHA256.HashData(zendeskSecret, Encoding.UTF8.GetBytes(timestamp + body)));
        if (signature != expected)  // expect: timing
        {
            return false;
        }

        return true;
    }

    public bool VerifyHubSpot(string method, string uri, string body, string timestamp, string signatureV3)
    {
        var source = Encoding.UTF8.GetBytes(method + uri + body + timestamp);
        var sig = Convert.ToBase64String(HMACSHA256.HashData(hubSpotClientSecret, source));
        var providedSig = signatureV3.Trim();
        return sig.AsSpan().SequenceEqual(providedSig.AsSpan());  // expect: timing
    }

    /// <summary>Fixed-time over the UTF-8 bytes of both base64 strings.</summary>
    public bool VerifyZendeskFixed(string signature, string timestamp, string body)
    {
        var expected = Convert.ToBase64String(HMACSHA256.HashData(zendeskSecret, Encoding.UTF8.GetBytes(timestamp + body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(signature));  // expect: none
    }
}
