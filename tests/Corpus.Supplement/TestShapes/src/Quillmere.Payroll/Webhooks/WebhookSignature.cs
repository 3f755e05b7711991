using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TestShapes.Quillmere.Payroll.Webhooks;

public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    public string SigningSecret { get; set; } = "";

    /// <summary>The secret before the last rotation: still accepted for a day after it.</summary>
    public string? PreviousSigningSecret { get; set; }

    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Quillmere's outgoing and incoming webhooks: <c>X-Quillmere-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
/// "&lt;t&gt;.&lt;body&gt;"&gt;</c>. The unit tests, the Reqnroll specs, the fake bank partner and the benchmarks call these
/// helpers directly.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Quillmere-Signature";

    public static string ComputeSignature(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>Used by the partner-facing receivers and by every test that checks a delivery.</summary>
    public static bool Matches(string secret, long timestamp, ReadOnlySpan<byte> body, string signatureHeader)
    {
        var expectedSignature = ComputeSignature(secret, timestamp, body);
        return expectedSignature == signatureHeader;  // expect: timing
    }
}

public sealed class WebhookSignatureVerifier(IOptions<WebhookOptions> options, ILogger<WebhookSignatureVerifier> logger, TimeProvider clock)
{
    public bool Verify(ReadOnlySpan<byte> body, long timestamp, string? signatureHeader)
    {
        if (string.IsNullOrEmpty(signatureHeader))
        {
            return false;
        }

        if (Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - timestamp) > options.Value.Tolerance.TotalSeconds)
        {
            return false;
        }

        var computedSignature = WebhookSignature.ComputeSignature(options.Value.SigningSecret, timestamp, body);
        if (computedSignature.Length != signatureHeader.Length)  // expect: none
        {
            return false;
        }

        var valid = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computedSignature), Encoding.ASCII.GetBytes(signatureHeader));  // expect: none
        if (!valid)
        {
            logger.LogWarning(
                "Webhook signature mismatch at {Timestamp}: computed {ComputedSignature} with secret {SigningSecret}",
                timestamp,
                computedSignature,  // expect: none
                options.Value.SigningSecret);  // expect: log
        }

        return valid;
    }

    /// <summary>During a rotation both the current and the previous secret are accepted.</summary>
    public bool VerifyDuringRotation(ReadOnlySpan<byte> body, long timestamp, string signatureHeader)
    {
        var previous = options.Value.PreviousSigningSecret;
        string[] acceptedSignatures = previous is null
            ? [WebhookSignature.ComputeSignature(options.Value.SigningSecret, timestamp, body)]
            : [WebhookSignature.ComputeSignature(options.Value.SigningSecret, timestamp, body), WebhookSignature.ComputeSignature(previous, timestamp, body)];
        return acceptedSignatures.Contains(signatureHeader);  // expect: timing
    }

    /// <summary>v0 deliveries (partners onboarded before 2024): base64 HMAC of the body alone, in X-Quillmere-Signature-V0.</summary>
    public bool VerifyLegacyV0(byte[] body, string legacyHeader) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningSecret), body).SequenceEqual(Convert.FromBase64String(legacyHeader));  // expect: timing
}
