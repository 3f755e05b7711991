using System.Text.Json;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;

namespace DataShapes.Siltstream.Lambda;

public sealed record IngestRequest(string TenantId, string ApiKey, string Source, JsonElement Records);

/// <summary>API Gateway proxy handler for the public ingest endpoint: partners post batches of records to it.</summary>
public sealed class ApiGatewayIngestHandler
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public async Task<APIGatewayProxyResponse> HandleAsync(APIGatewayProxyRequest request, ILambdaContext context)
    {
        context.Logger.LogInformation($"Request: {JsonSerializer.Serialize(request)}");  // expect: log
        context.Logger.LogInformation($"{request.HttpMethod} {request.Path}, request {request.RequestContext.RequestId}");

        var ingest = JsonSerializer.Deserialize<IngestRequest>(request.Body, Web);
        if (ingest is null)
        {
            return new APIGatewayProxyResponse { StatusCode = 400 };
        }

        context.Logger.LogDebug($"Batch from tenant {ingest.TenantId} ({ingest.Source}) with key {ingest.ApiKey}");  // expect: log
        await Task.Yield();
        return new APIGatewayProxyResponse { StatusCode = 202, Body = JsonSerializer.Serialize(new { accepted = true }) };
    }
}
