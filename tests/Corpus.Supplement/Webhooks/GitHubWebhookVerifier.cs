using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Supplement.Webhooks;

/// <summary>Verifies "X-Hub-Signature-256: sha256=&lt;hex&gt;" on GitHub App webhooks.</summary>
public sealed class GitHubWebhookVerifier(byte[] webhookSecret)
{
    private readonly HashSet<string> _recentDeliverySignatures = new(StringComparer.Ordinal);

    public bool Verify(string signatureHeader, byte[] body)
    {
        if (!signatureHeader.StartsWith("sha256=", StringComparison.Ordinal))  // expect: none
        {
            return false;
        }

        var computed = "sha256=" + Convert.ToHexString(HMACSHA256.HashData(webhookSecret, body)).ToLowerInvariant();
        return string.Equals(computed, signatureHeader, StringComparison.Ordinal);  // expect: timing
    }

    public bool VerifyLegacySha1(string? hubSignature, byte[] body)
    {
        if (hubSignature == null)  // expect: none
        {
            return false;
        }

        using var hmac = new HMACSHA1(webhookSecret);
        var digest = "sha1=" + BitConverter.ToString(hmac.ComputeHash(body)).Replace("-", "").ToLowerInvariant();
        return hubSignature == digest;  // expect: timing
    }

    /// <summary>Drops redeliveries of a request already accepted (replay protection, after verification).</summary>
    public bool IsReplay(string verifiedSignature) => !_recentDeliverySignatures.Add(verifiedSignature);  // expect: none

    /// <summary>Finds the handler method whose signature matches the event's expected shape.</summary>
    public static MethodInfo? FindHandler(Type handlers, string methodSignature)
    {
        foreach (var method in handlers.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.ToString() == methodSignature)  // expect: none
            {
                return method;
            }
        }

        return null;
    }
}
