using System.Net;
using System.Web;
using Amazon.SimpleNotificationService.Util;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>
/// Customers' S3 buckets notify us of new HR extracts through SNS. The subscription endpoint carries ?token=... so that
/// only subscriptions we created are confirmed.
/// </summary>
public sealed class SnsExportsFunction(IOptions<HookOptions> options, ILogger<SnsExportsFunction> logger)
{
    // What the onboarding guide tells customers to subscribe (protocol "http"), followed by ?token=<their token>.
    public const string SubscriptionEndpoint = "http://hooks.cinderpeak.io/api/hooks/sns";  // expect: http

    [Function("sns-exports")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "hooks/sns")] HttpRequestData req)
    {
        var body = await new StreamReader(req.Body).ReadToEndAsync();
        var message = Message.ParseMessage(body);

        if (message.SignatureVersion != "2")  // expect: none
        {
            return req.CreateResponse(HttpStatusCode.BadRequest);
        }

        if (!message.IsMessageSignatureValid())
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        var presentedToken = HttpUtility.ParseQueryString(req.Url!.Query)["token"];
        if (presentedToken != options.Value.SnsSubscriptionToken)  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Forbidden);
        }

        if (message.IsSubscriptionType)
        {
            logger.LogInformation("Confirming subscription to {TopicArn} via {SubscribeUrl}", message.TopicArn, message.SubscribeURL);  // expect: none
        }

        return req.CreateResponse(HttpStatusCode.OK);
    }
}
