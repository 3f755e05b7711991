using Dapr.Client;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Pipelines.Secrets;

/// <summary>Reads the pipeline's credentials from the Dapr secret store (Key Vault in Azure, a local file in development).</summary>
public sealed class DaprSecretLookup(DaprClient dapr, ILogger<DaprSecretLookup> logger)
{
    private const string StoreName = "siltstream-secrets";
    private const string WarehousePasswordSecret = "warehouse-etl-password";  // expect: none
    private const string KafkaCredentialsSecret = "kafka-sasl";

    public async Task<string> GetWarehousePasswordAsync(CancellationToken cancellationToken)
    {
        var secret = await dapr.GetSecretAsync(StoreName, WarehousePasswordSecret, cancellationToken: cancellationToken);
        var password = secret[WarehousePasswordSecret];
        logger.LogDebug("Read {Secret} from {Store}: {Length} characters", WarehousePasswordSecret, StoreName, password.Length);  // expect: none
        return password;
    }

    public async Task<IReadOnlyDictionary<string, string>> GetKafkaCredentialsAsync(CancellationToken cancellationToken)
    {
        var bulk = await dapr.GetBulkSecretAsync(StoreName, cancellationToken: cancellationToken);
        var kafka = bulk[KafkaCredentialsSecret];
        logger.LogDebug("Kafka credentials: {Credentials}", string.Join(", ", kafka.Select(entry => $"{entry.Key}={entry.Value}")));  // expect: log
        return kafka;
    }

    public static DaprClient Create()
        => new DaprClientBuilder()
            .UseDaprApiToken(Environment.GetEnvironmentVariable("DAPR_API_TOKEN"))
            .UseHttpEndpoint("http://localhost:3500")
            .Build();
}
