using System.Security.Cryptography;
using System.Text;

namespace Corpus.Supplement.Webhooks;

/// <summary>
/// Verifies a "Stripe-Signature: t=1700000000,v1=5257a8...,v0=..." header: HMAC-SHA256 of "{t}.{body}" with the
/// endpoint's signing secret, hex, compared with each v1 value.
/// </summary>
public sealed class StripeSignatureVerifier(byte[] signingSecret, TimeProvider clock)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public bool Verify(string signatureHeader, string payload)
    {
        if (string.IsNullOrEmpty(signatureHeader))  // expect: none
        {
            return false;
        }

        long timestamp = 0;
        var signatures = new List<string>();
        foreach (var part in signatureHeader.Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2) continue;
            if (pair[0] == "t") timestamp = long.Parse(pair[1]);  // expect: none
            else if (pair[0] == "v1") signatures.Add(pair[1]);  // expect: none
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (age.Duration() > Tolerance)  // expect: none
        {
            return false;
        }

        using var hmac = new HMACSHA256(signingSecret);
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        return signatures.Any(candidate => candidate == expected);  // expect: timing
    }

    /// <summary>The same check done right, for the second endpoint.</summary>
    public bool VerifyFixedTime(string v1Hex, string payload, long timestamp)
    {
        var expected = HMACSHA256.HashData(signingSecret, Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        var received = Convert.FromHexString(v1Hex);
        if (received.Length != expected.Length)  // expect: none
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(received, expected);  // expect: none
    }

    /// <summary>Legacy path kept for the old endpoint: list lookup of the computed signature.</summary>
    public bool VerifyLegacy(IReadOnlyList<string> v1Signatures, string signedPayload)
    {
        var expectedSignature = Convert.ToHexStringLower(HMACSHA256.HashData(signingSecret, Encoding.UTF8.GetBytes(signedPayload)));
        return v1Signatures.Contains(expectedSignature);  // expect: timing
    }
}
