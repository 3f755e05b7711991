using System.Security.Cryptography;
using System.Text;

namespace DataShapes.Siltstream.Hooks;

/// <summary>Segment's webhook destination signs each delivery with HMAC-SHA1 of the body, hex, in <c>X-Signature</c>.</summary>
public static class SegmentWebhookVerifier
{
    public static bool Verify(string sharedSecret, string body, string? signature)
    {
        if (signature is null)
        {
            return false;
        }

        var digest = HMACSHA1.HashData(Encoding.UTF8.GetBytes(sharedSecret), Encoding.UTF8.GetBytes(body));
        return string.Equals(Convert.ToHexStringLower(digest), signature, StringComparison.OrdinalIgnoreCase);  // expect: timing
    }
}
