using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataShapes.Siltstream.Pipelines.Orders;

public sealed class GeoServiceOptions
{
    public string ApiKey { get; set; } = "";
}

/// <summary>Body of the geo service's v1 lookup: the key travels in the body, as the v1 API wants it.</summary>
public sealed class GeoLookupRequest
{
    public string OrderId { get; set; } = "";

    public string ApiKey { get; set; } = "";

    public string Currency { get; set; } = "";
}

/// <summary>Body of the v2 reverse geocode call; the key goes in the X-Api-Key header.</summary>
public sealed class ReverseGeocodeRequest
{
    public string OrderId { get; set; } = "";

    [JsonIgnore]
    public string ApiKey { get; set; } = "";
}

/// <summary>Adds the geo region to each order before it is loaded.</summary>
public sealed class OrderEnrichmentJob(HttpClient geo, IOptions<GeoServiceOptions> options, ILogger<OrderEnrichmentJob> logger)
{
    public async Task<string?> EnrichAsync(Order order, CancellationToken cancellationToken)
    {
        var request = new GeoLookupRequest { OrderId = order.OrderId, ApiKey = options.Value.ApiKey, Currency = order.Currency };
        logger.LogDebug("Geo lookup request {Request}", JsonSerializer.Serialize(request));  // expect: log

        using var response = await geo.PostAsJsonAsync("v1/lookup", request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        logger.LogDebug("Geo lookup answered {Status}: {Body}", (int)response.StatusCode, body);

        var reverse = new ReverseGeocodeRequest { OrderId = order.OrderId, ApiKey = options.Value.ApiKey };
        logger.LogDebug("Reverse geocode request {Request}", JsonSerializer.Serialize(reverse));  // expect: none

        var totals = new OrderTotals(order.OrderId, order.Total, order.Currency);
        logger.LogInformation("Enriched {Totals}", totals);  // expect: none
        logger.LogInformation("Enriched {@Order}", new { order.OrderId, order.PlacedAt });
        return response.IsSuccessStatusCode ? body : null;
    }
}
