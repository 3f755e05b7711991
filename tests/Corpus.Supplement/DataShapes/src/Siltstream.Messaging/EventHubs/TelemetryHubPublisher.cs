using Azure.Messaging.EventHubs.Producer;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Messaging.EventHubs;

public sealed class TelemetryHubPublisher(IConfiguration configuration, ILogger<TelemetryHubPublisher> logger)
{
    private const string CheckpointStorageKey = "ConnectionStrings:Checkpoints";  // expect: none

    public EventHubProducerClient CreateProducer()
    {
        var connectionString = configuration.GetConnectionString("TelemetryHub")
            ?? throw new InvalidOperationException("ConnectionStrings:TelemetryHub is not set");
        logger.LogInformation("Opening Event Hubs producer with {ConnectionString}", connectionString);  // expect: log
        return new EventHubProducerClient(connectionString);
    }

    public BlobContainerClient CreateCheckpointStore()
    {
        var connectionString = configuration[CheckpointStorageKey] ?? "UseDevelopmentStorage=true";
        return new BlobContainerClient(connectionString, "telemetry-checkpoints");
    }
}
