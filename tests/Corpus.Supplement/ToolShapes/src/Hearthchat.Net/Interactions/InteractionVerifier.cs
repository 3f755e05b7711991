using System.Security.Cryptography;
using System.Text;

namespace ToolShapes.Hearthchat.Net.Interactions;

/// <summary>
/// Verifies HTTP interactions (slash commands delivered to the bot's endpoint):
/// <c>X-Hearthchat-Signature: v1=&lt;hex HMAC-SHA256 of "v1:{timestamp}:{body}"&gt;</c>.
/// </summary>
public sealed class InteractionVerifier(byte[] signingSecret, TimeProvider time)
{
    public bool Verify(string timestamp, string body, string signatureHeader)
    {
        if (!long.TryParse(timestamp, out var ts) || Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - ts) > 300)
        {
            return false;
        }

        var computed = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(signingSecret, Encoding.UTF8.GetBytes($"v1:{timestamp}:{body}")));
        if (computed.Length != signatureHeader.Length)  // expect: none
        {
            return false;
        }

        return computed == signatureHeader;  // expect: timing
    }
}
