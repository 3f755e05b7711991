using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Lanternfish.AspNet.Security.OAuth.Quillmate;

/// <summary>
/// Quillmate's deauthorization and data-deletion callbacks post <c>signed_request</c> =
/// base64url(sig) "." base64url(payload), sig = HMAC-SHA256(app secret, payload part), as Facebook's do.
/// </summary>
public static class QuillmateSignedRequest
{
    public static byte[] ComputeSignature(string encodedPayload, string appSecret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.ASCII.GetBytes(encodedPayload));

    public static bool TryParse(string signedRequest, string appSecret, out JsonElement payload)
    {
        payload = default;
        var parts = signedRequest.Split('.', 2);
        if (parts.Length != 2)
        {
            return false;
        }

        var sig = Base64UrlDecode(parts[0]);
        using var envelope = JsonDocument.Parse(Base64UrlDecode(parts[1]));
        if (envelope.RootElement.GetProperty("algorithm").GetString() != "HMAC-SHA256")  // expect: none
        {
            return false;
        }

        var expectedSig = ComputeSignature(parts[1], appSecret);
        if (sig.Length != expectedSig.Length)  // expect: none
        {
            return false;
        }

        if (!sig.SequenceEqual(expectedSig))  // expect: timing
        {
            return false;
        }

        payload = envelope.RootElement.Clone();
        return true;
    }

    private static byte[] Base64UrlDecode(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
