using System.Net;
using System.Text.Json;
using System.Web;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>Blob-created events from customers' storage accounts, delivered by an Event Grid webhook subscription.</summary>
public sealed class EventGridHrisFunction(IOptions<HookOptions> options, ILogger<EventGridHrisFunction> logger)
{
    [Function("eventgrid-hris")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequestData req)
    {
        var receivedSecret = HttpUtility.ParseQueryString(req.Url!.Query)["secret"];
        if (receivedSecret != options.Value.EventGridWebhookSecret)  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        using var document = await JsonDocument.ParseAsync(req.Body);
        var first = document.RootElement[0];
        if (first.GetProperty("eventType").GetString() == "Microsoft.EventGrid.SubscriptionValidationEvent")
        {
            var validationCode = first.GetProperty("data").GetProperty("validationCode").GetString();
            logger.LogInformation("Event Grid validation handshake with code {ValidationCode}", validationCode);  // expect: none

            var handshake = req.CreateResponse(HttpStatusCode.OK);
            await handshake.WriteStringAsync(JsonSerializer.Serialize(new { validationResponse = validationCode }));
            return handshake;
        }

        logger.LogInformation("Received {Count} blob events", document.RootElement.GetArrayLength());
        return req.CreateResponse(HttpStatusCode.OK);
    }
}
