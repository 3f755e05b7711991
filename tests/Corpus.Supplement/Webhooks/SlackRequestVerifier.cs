using System.Security.Cryptography;
using System.Text;

namespace Corpus.Supplement.Webhooks;

/// <summary>Slack's v0 request signing: "v0=" + hex(HMAC-SHA256(signing secret, "v0:{timestamp}:{body}")).</summary>
public sealed class SlackRequestVerifier(string signingSecret)
{
    public bool Verify(string slackSignature, string timestampHeader, string body, string signatureVersion = "v0")
    {
        if (signatureVersion != "v0")  // expect: none
        {
            return false;
        }

        var key = Encoding.UTF8.GetBytes(signingSecret);
        var baseString = Encoding.UTF8.GetBytes($"v0:{timestampHeader}:{body}");
        var mySignature = "v0=" + Convert.ToHexString(HMACSHA256.HashData(key, baseString)).ToLowerInvariant();
        if (mySignature.Length != slackSignature.Length)  // expect: none
        {
            return false;
        }

        return mySignature.Equals(slackSignature);  // expect: timing
    }

    /// <summary>Same check, comparing decoded bytes with a span comparison.</summary>
    public bool VerifyBytes(string slackSignature, string timestampHeader, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestampHeader}:{body}"));
        ReadOnlySpan<byte> received = Convert.FromHexString(slackSignature.AsSpan(3));
        return received.SequenceEqual(mac);  // expect: timing
    }
}
