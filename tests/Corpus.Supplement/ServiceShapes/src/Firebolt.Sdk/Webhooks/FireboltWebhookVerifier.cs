using System.Security.Cryptography;
using System.Text;

namespace Firebolt.Webhooks;

/// <summary>
/// Database webhooks. Servers from 2.0 sign "timestamp.body" (<c>X-Firebolt-Signature: v1=&lt;hex&gt;[,v1=&lt;hex&gt;]</c>);
/// 1.x servers, still common on self-hosted stacks, send the shared secret itself in <c>X-Firebolt-Webhook-Secret</c>.
/// </summary>
public sealed class FireboltWebhookVerifier(FireboltOptions options, TimeProvider timeProvider)
{
    public bool IsValid(string body, string? timestamp, string? signatureHeader, string? legacySecretHeader)
    {
        var secret = options.WebhookSecret ?? throw new InvalidOperationException("No webhook secret configured");
        if (signatureHeader is null)
        {
            return legacySecretHeader == secret;  // expect: timing
        }

        if (timestamp is null || !long.TryParse(timestamp, out var seconds) || Math.Abs(timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        var hex = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
        foreach (var candidate in signatureHeader.Split(','))
        {
            if (candidate.Trim() == $"v1={hex}")  // expect: timing
            {
                return true;
            }
        }

        return false;
    }
}
