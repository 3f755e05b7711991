using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Functions;

/// <summary>
/// Event Grid webhook for new blobs in the landing container. The subscription delivers with the
/// <c>aeg-sas-key</c> header set to the key configured on it.
/// </summary>
public sealed class StorageEventsFunction(IConfiguration configuration, ILogger<StorageEventsFunction> logger)
{
    [Function("StorageEvents")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post")] HttpRequestData req)
    {
        logger.LogDebug("Event Grid delivery, headers {Headers}", req.Headers);  // expect: log

        var sasKey = configuration["EventGrid:SasKey"];
        if (sasKey is null || !req.Headers.TryGetValues("aeg-sas-key", out var presented)
            || presented.FirstOrDefault() != sasKey)  // expect: timing
        {
            return req.CreateResponse(HttpStatusCode.Unauthorized);
        }

        using var document = await JsonDocument.ParseAsync(req.Body);
        foreach (var gridEvent in document.RootElement.EnumerateArray())
        {
            var eventType = gridEvent.GetProperty("eventType").GetString();
            if (eventType == "Microsoft.EventGrid.SubscriptionValidationEvent")
            {
                var validationCode = gridEvent.GetProperty("data").GetProperty("validationCode").GetString();
                logger.LogInformation("Answering subscription validation {ValidationCode}", validationCode);
                var response = req.CreateResponse(HttpStatusCode.OK);
                await response.WriteStringAsync(JsonSerializer.Serialize(new { validationResponse = validationCode }));
                return response;
            }

            logger.LogInformation("Blob created: {Subject}", gridEvent.GetProperty("subject").GetString());
        }

        return req.CreateResponse(HttpStatusCode.Accepted);
    }
}
