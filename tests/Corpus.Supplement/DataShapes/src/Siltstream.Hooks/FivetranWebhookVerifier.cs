using System.Security.Cryptography;

namespace DataShapes.Siltstream.Hooks;

/// <summary>
/// Checks Fivetran's webhook deliveries (sync start and end events): <c>X-Fivetran-Signature-256</c> is the upper-case
/// hex HMAC-SHA256 of the body under the webhook's secret.
/// </summary>
public sealed class FivetranWebhookVerifier(byte[] secret)
{
    public bool IsValid(string? signatureHeader, byte[] body)
    {
        if (string.IsNullOrEmpty(signatureHeader))
        {
            return false;
        }

        using var hmac = new HMACSHA256(secret);
        var computed = Convert.ToHexString(hmac.ComputeHash(body));
        return computed == signatureHeader;  // expect: timing
    }
}
