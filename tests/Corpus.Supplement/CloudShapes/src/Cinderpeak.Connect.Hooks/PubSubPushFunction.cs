using System.Net;
using System.Web;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>Google Cloud Pub/Sub push subscription of the BigQuery load notifications (verification token in the URL).</summary>
public sealed class PubSubPushFunction(IOptions<HookOptions> options)
{
    [Function("pubsub-bq-loads")]
    public HttpResponseData Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequestData req)
    {
        var suppliedToken = HttpUtility.ParseQueryString(req.Url!.Query)["token"];
        if (!string.Equals(suppliedToken, options.Value.PubSubPushVerificationToken, StringComparison.Ordinal))  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Forbidden);
        }

        return req.CreateResponse(HttpStatusCode.NoContent);
    }
}
