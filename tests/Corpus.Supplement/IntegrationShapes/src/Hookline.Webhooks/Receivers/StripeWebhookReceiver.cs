using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hookline.Webhooks.Receivers;

public sealed class StripeReceiverOptions
{
    /// <summary>The endpoint's signing secret (<c>whsec_...</c>); bound from configuration.</summary>
    public string EndpointSecret { get; set; } = "";

    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed record StripeEventEnvelope(string Id, string Type, bool Livemode);

/// <summary>Checks <c>Stripe-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;[,v1=...]</c>.</summary>
public sealed class StripeWebhookReceiver(IOptions<StripeReceiverOptions> options, ILogger<StripeWebhookReceiver> logger)
{
    public bool TryVerify(string body, string stripeSignature)
    {
        var secret = options.Value.EndpointSecret;
        if (!secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Stripe:EndpointSecret '{secret}' is not a webhook signing secret");  // expect: log
        }

        long timestamp = 0;
        var candidates = new List<string>();
        foreach (var item in stripeSignature.Split(','))
        {
            var pair = item.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0] == "t")
            {
                long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out timestamp);
            }
            else if (pair[0] == "v1")
            {
                candidates.Add(pair[1]);
            }
        }

        var expectedSignature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
        foreach (var candidate in candidates)
        {
            if (StringComparer.Ordinal.Equals(expectedSignature, candidate))  // expect: timing
            {
                return Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp) <= options.Value.Tolerance.TotalSeconds;
            }
        }

        return false;
    }

    /// <summary>Connect endpoints: one secret per connected account, looked up by the account id.</summary>
    public static bool TryVerifyConnect(string body, long timestamp, string v1, byte[] accountSecret)
    {
        var expected = HMACSHA256.HashData(accountSecret, Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(v1));  // expect: none
    }

    public void Handle(string body, StripeEventEnvelope stripeEvent)
    {
        logger.LogInformation("Stripe event {EventId} ({Type}, live: {Livemode})", stripeEvent.Id, stripeEvent.Type, stripeEvent.Livemode);
        logger.LogDebug("Stripe event body {Body}", body);  // expect: log
    }
}
