using System.Security.Cryptography;

namespace Beaconly.Analytics;

/// <summary>
/// Beaconly calls the export webhook when a scheduled export is ready, with
/// <c>X-Beaconly-Signature: sha256=&lt;hex&gt;</c>; while a webhook secret rotates it sends two, separated by a space.
/// </summary>
public sealed class ExportWebhookVerifier(byte[] webhookSecret)
{
    private readonly HashSet<string> _deliveries = [];

    public bool Verify(string deliveryId, string signatureHeader, ReadOnlySpan<byte> body)
    {
        if (_deliveries.Contains(deliveryId))  // expect: none
        {
            return false;
        }

        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(webhookSecret, body));
        var offered = signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!offered.Contains(expected))  // expect: timing
        {
            return false;
        }

        _deliveries.Add(deliveryId);
        return true;
    }
}
