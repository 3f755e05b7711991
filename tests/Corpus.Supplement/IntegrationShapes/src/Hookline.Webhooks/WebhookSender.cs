using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Hookline.Webhooks;

/// <summary>An endpoint a customer registered: its URL and the <c>whsec_</c> secret the dashboard showed them once.</summary>
public sealed record WebhookEndpoint(string Id, Uri Url, string Secret);

/// <summary>Delivers one event to one endpoint, signed as Standard Webhooks prescribes.</summary>
public sealed class WebhookSender(HttpClient http, ILogger<WebhookSender> logger)
{
    public async Task<bool> SendAsync(WebhookEndpoint endpoint, string eventType, string payload, CancellationToken cancellationToken = default)
    {
        var msgId = "msg_" + Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        var signature = new StandardWebhook(endpoint.Secret).Sign(msgId, now, payload);

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        request.Headers.Add(StandardWebhook.IdHeaderName, msgId);
        request.Headers.Add(StandardWebhook.TimestampHeaderName, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(StandardWebhook.SignatureHeaderName, signature);
        request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        logger.LogTrace("Signing {MsgId} for endpoint {EndpointId} with {Secret}", msgId, endpoint.Id,
            endpoint.Secret);  // expect: log

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            logger.LogInformation("Delivered {MsgId} ({EventType}) to endpoint {EndpointId}", msgId, eventType, endpoint.Id);
            return true;
        }

        logger.LogWarning("Delivery {MsgId} to endpoint {EndpointId} failed with {Status}; headers sent: {Headers}", msgId, endpoint.Id, (int)response.StatusCode,
            request.Headers);  // expect: none
        logger.LogDebug("Delivery {MsgId} carried signature {Signature}", msgId,
            signature);  // expect: none
        return false;
    }
}
