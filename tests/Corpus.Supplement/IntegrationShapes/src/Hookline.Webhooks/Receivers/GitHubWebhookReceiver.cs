using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hookline.Webhooks.Receivers;

public sealed class GitHubReceiverOptions
{
    /// <summary>The secret typed into the repository's webhook settings; bound from configuration.</summary>
    public string WebhookSecret { get; set; } = "";
}

/// <summary>Checks <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c> on GitHub deliveries.</summary>
public sealed class GitHubWebhookReceiver(IOptions<GitHubReceiverOptions> options, ILogger<GitHubWebhookReceiver> logger)
{
    public bool IsValid(string deliveryId, string body, string? signatureHeader)
    {
        if (signatureHeader is null || signatureHeader.Length != 71)  // expect: none
        {
            return false;
        }

        var key = Encoding.UTF8.GetBytes(options.Value.WebhookSecret);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));
        if (!expected.AsSpan().SequenceEqual(signatureHeader.AsSpan()))  // expect: timing
        {
            logger.LogWarning("Delivery {DeliveryId} rejected: computed {Expected}, received {Received}", deliveryId,
                expected,  // expect: log
                signatureHeader);  // expect: none
            return false;
        }

        logger.LogDebug("Delivery {DeliveryId} verified", deliveryId);
        return true;
    }
}
