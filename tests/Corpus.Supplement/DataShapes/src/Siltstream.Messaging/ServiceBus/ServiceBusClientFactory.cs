using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DataShapes.Siltstream.Messaging.ServiceBus;

public static class ServiceBusClientFactory
{
    // The Service Bus emulator (docker compose up servicebus-emulator), with the connection string its documentation gives.
    private const string EmulatorConnectionString =
        "Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;";  // expect: none

    public static ServiceBusClient Create(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return new ServiceBusClient(EmulatorConnectionString);
        }

        // Fallback for the first deployment, before the Key Vault reference existed. Send-only policy on the orders topic.
        var connectionString = configuration.GetConnectionString("ServiceBus")
            ?? "Endpoint=sb://siltstream-prod.servicebus.windows.net/;SharedAccessKeyName=ingest-send;SharedAccessKey={{synthetic:43:base64}}=";  // expect: secret

        return new ServiceBusClient(connectionString, new ServiceBusClientOptions { TransportType = ServiceBusTransportType.AmqpWebSockets });
    }

    public static ServiceBusClient CreateWithManagedIdentity(string fullyQualifiedNamespace)
        => new(fullyQualifiedNamespace, new DefaultAzureCredential());

    public static string DescribeExpectedFormat()
        => "Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>";  // expect: none
}
