using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>Pulumi Cloud stack webhooks: Pulumi-Webhook-Signature is the hex HMAC-SHA256 of the body.</summary>
public sealed class PulumiDeploymentWebhookFunction(IOptions<HookOptions> options)
{
    [Function("pulumi-deployments")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequestData req)
    {
        using var buffer = new MemoryStream();
        await req.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();

        if (!req.Headers.TryGetValues("Pulumi-Webhook-Signature", out var values))
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.PulumiWebhookSecret), body);
        var presented = Convert.FromHexString(values.Single());
        if (!expected.SequenceEqual(presented))  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        return req.CreateResponse(HttpStatusCode.OK);
    }
}
