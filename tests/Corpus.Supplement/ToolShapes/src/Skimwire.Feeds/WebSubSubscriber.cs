using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Skimwire.Feeds;

/// <summary>A WebSub (PubSubHubbub) subscription: the hub pushes new entries instead of being polled.</summary>
public sealed class WebSubSubscription
{
    public required Uri Topic { get; init; }

    public required Uri Hub { get; init; }

    /// <summary>Sent with the subscription request; the hub signs every delivery with it (X-Hub-Signature).</summary>
    public required byte[] Secret { get; init; }

    /// <summary>Sent with the subscription request; the hub echoes it when it verifies the intent.</summary>
    public required string VerifyToken { get; init; }
}

public sealed class WebSubSubscriber(WebSubSubscription subscription, ILogger<WebSubSubscriber> logger)
{
    /// <summary>GET callback?hub.mode=subscribe&amp;hub.topic=…&amp;hub.challenge=…&amp;hub.verify_token=…</summary>
    public string? VerifyIntent(string mode, string topic, string challenge, string? receivedVerifyToken)
    {
        if (mode != "subscribe" || topic != subscription.Topic.AbsoluteUri)
        {
            return null;
        }

        if (receivedVerifyToken != subscription.VerifyToken)  // expect: timing
        {
            logger.LogWarning("WebSub intent for {Topic} with a wrong verify token", topic);
            return null;
        }

        return challenge;
    }

    /// <summary>POST callback with the new feed content; X-Hub-Signature: sha1=&lt;hex HMAC-SHA1 of the body&gt;.</summary>
    public bool IsAuthentic(byte[] body, string? hubSignatureHeader)
    {
        if (string.IsNullOrEmpty(hubSignatureHeader) || !hubSignatureHeader.StartsWith("sha1=", StringComparison.Ordinal))  // expect: none
        {
            return false;
        }

        var expected = "sha1=" + Convert.ToHexStringLower(HMACSHA1.HashData(subscription.Secret, body));
        return string.Equals(expected, hubSignatureHeader, StringComparison.OrdinalIgnoreCase);  // expect: timing
    }
}
