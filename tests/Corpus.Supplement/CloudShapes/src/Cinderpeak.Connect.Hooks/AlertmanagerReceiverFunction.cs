using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>Alertmanager's webhook receiver with http_config.authorization: a static bearer token.</summary>
public sealed class AlertmanagerReceiverFunction(IOptions<HookOptions> options)
{
    [Function("alertmanager")]
    public HttpResponseData Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequestData req)
    {
        var authorization = req.Headers.TryGetValues("Authorization", out var values) ? values.First() : "";
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        var presentedToken = authorization["Bearer ".Length..];
        if (presentedToken != options.Value.AlertmanagerReceiverToken)  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        return req.CreateResponse(HttpStatusCode.Accepted);
    }
}
