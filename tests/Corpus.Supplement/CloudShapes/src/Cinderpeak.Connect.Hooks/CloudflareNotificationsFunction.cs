using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>Cloudflare notification webhooks (origin health, certificate expiry) send the configured secret in cf-webhook-auth.</summary>
public sealed class CloudflareNotificationsFunction(IOptions<HookOptions> options)
{
    [Function("cloudflare-notifications")]
    public HttpResponseData Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequestData req)
    {
        if (!req.Headers.TryGetValues("cf-webhook-auth", out var presented)
            || presented.FirstOrDefault() != options.Value.CloudflareWebhookSecret)  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        return req.CreateResponse(HttpStatusCode.OK);
    }
}
