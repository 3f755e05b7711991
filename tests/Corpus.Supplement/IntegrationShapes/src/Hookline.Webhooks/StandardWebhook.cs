using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Hookline.Webhooks;

/// <summary>
/// Signs and verifies webhooks in the Standard Webhooks format (Svix's): headers <c>webhook-id</c>,
/// <c>webhook-timestamp</c> and <c>webhook-signature: v1,&lt;base64&gt;</c> (several, space separated, while a secret
/// rotates), HMAC-SHA256 over <c>{id}.{timestamp}.{payload}</c> with the endpoint's <c>whsec_</c> secret.
/// </summary>
public sealed class StandardWebhook
{
    public const string SecretPrefix = "whsec_";
    public const string IdHeaderName = "webhook-id";
    public const string TimestampHeaderName = "webhook-timestamp";
    public const string SignatureHeaderName = "webhook-signature";

    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] _key;

    public StandardWebhook(string secret)
    {
        if (secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            secret = secret[SecretPrefix.Length..];
        }

        _key = Convert.FromBase64String(secret);
    }

    public StandardWebhook(byte[] key) => _key = key;

    public static string GenerateSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public string Sign(string msgId, DateTimeOffset timestamp, string payload)
    {
        var toSign = $"{msgId}.{timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}.{payload}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(toSign)));
        return $"v1,{signature}";
    }

    public void Verify(string payload, WebHeaderCollection headers) => Verify(payload, headers, DateTimeOffset.UtcNow);

    /// <summary>Throws unless one of the header's signatures matches; each is compared in fixed time.</summary>
    public void Verify(string payload, WebHeaderCollection headers, DateTimeOffset now)
    {
        var msgId = headers[IdHeaderName];
        var msgTimestamp = headers[TimestampHeaderName];
        var msgSignature = headers[SignatureHeaderName];
        if (string.IsNullOrEmpty(msgId) || string.IsNullOrEmpty(msgTimestamp) || string.IsNullOrEmpty(msgSignature))
        {
            throw new WebhookVerificationException("Missing required headers");
        }

        var timestamp = VerifyTimestamp(msgTimestamp, now);
        var expected = Encoding.UTF8.GetBytes(Sign(msgId, timestamp, payload)[3..]);
        foreach (var versionedSignature in msgSignature.Split(' '))
        {
            var parts = versionedSignature.Split(',', 2);
            if (parts.Length != 2 || parts[0] != "v1")  // expect: none
            {
                continue;
            }

            if (CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(parts[1])))  // expect: none
            {
                return;
            }
        }

        throw new WebhookVerificationException("No matching signature found");
    }

    /// <summary>The 1.x API: true when the header holds the expected signature. Kept for receivers that pinned it.</summary>
    [Obsolete("Use Verify, which also checks the timestamp.")]
    public bool IsValid(string payload, string msgId, long msgTimestamp, string msgSignature)
    {
        var expectedSignature = Sign(msgId, DateTimeOffset.FromUnixTimeSeconds(msgTimestamp), payload);
        return msgSignature.Split(' ').Contains(expectedSignature);  // expect: timing
    }

    /// <summary>
    /// Used by the sender before a retry: re-signs a delivery read back from the outbox and checks that the stored
    /// signature still matches (a rotated secret re-signs the delivery). Both sides are computed here.
    /// </summary>
    public bool StillMatches(string storedSignature, string msgId, DateTimeOffset timestamp, string payload)
    {
        var recomputedSignature = Sign(msgId, timestamp, payload);
        return string.Equals(recomputedSignature, storedSignature, StringComparison.Ordinal);  // expect: none
    }

    private static DateTimeOffset VerifyTimestamp(string header, DateTimeOffset now)
    {
        if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new WebhookVerificationException("Invalid signature headers");
        }

        var timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (timestamp < now - Tolerance)
        {
            throw new WebhookVerificationException("Message timestamp too old");
        }

        if (timestamp > now + Tolerance)
        {
            throw new WebhookVerificationException("Message timestamp too new");
        }

        return timestamp;
    }
}

public sealed class WebhookVerificationException(string message) : Exception(message);
