using System.Security.Cryptography;
using System.Text;

namespace DataShapes.Siltstream.Hooks;

/// <summary>
/// Status webhooks of the CDC vendor: <c>Connector-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;[,v1=&lt;hex&gt;]</c>, the HMAC-SHA256
/// of <c>"{t}.{body}"</c>; two <c>v1</c> entries while a secret is being rotated.
/// </summary>
public sealed class ConnectorStatusWebhook(byte[] signingSecret, TimeProvider clock)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public bool Verify(string header, string body)
    {
        var parts = header.Split(',', StringSplitOptions.TrimEntries);
        var timestamp = parts.FirstOrDefault(p => p.StartsWith("t=", StringComparison.Ordinal))?[2..];
        if (timestamp is null || !long.TryParse(timestamp, out var seconds))
        {
            return false;
        }

        if (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > Tolerance)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(signingSecret, Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        foreach (var candidate in parts.Where(p => p.StartsWith("v1=", StringComparison.Ordinal)).Select(p => Convert.FromHexString(p[3..])))
        {
            if (candidate.Length == expected.Length && CryptographicOperations.FixedTimeEquals(candidate, expected))  // expect: none
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsCurrentVersion(string signatureVersion) => signatureVersion == "v1";  // expect: none
}
