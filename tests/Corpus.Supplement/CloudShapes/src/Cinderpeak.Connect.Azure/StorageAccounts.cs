using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Azure;

/// <summary>The blob accounts behind exports: managed identity in production, keys where a customer insisted on them.</summary>
public sealed class StorageAccounts(IConfiguration configuration, ILogger<StorageAccounts> logger)
{
    // Exports for the Nordic tenants. "Temporary" since the 2024 migration.
    private const string NordicExports = "DefaultEndpointsProtocol=https;AccountName=cinderpeaknordic;AccountKey={{synthetic:86:base64}}==;EndpointSuffix=core.windows.net";  // expect: secret

    private const string ExportsConnectionStringName = "ExportsStorage";

    public BlobServiceClient Production() => new(
        new Uri(configuration["Exports:BlobServiceUri"]!),
        new ManagedIdentityCredential("5f1c7b0e-2d4a-4c8e-9b61-0a3e7d2f9c14"));

    public static BlobServiceClient Nordic() => new(NordicExports);

    public static BlobServiceClient Development() => new("UseDevelopmentStorage=true");  // expect: none

    /// <summary>Accounts a customer hands us by name and key; their firewall allows port 80 only from our NAT address.</summary>
    public BlobServiceClient CustomerAccount(string accountName, string accountKey)
    {
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName={accountName};AccountKey={accountKey};EndpointSuffix=core.windows.net";  // expect: http
        logger.LogDebug("Opening customer account with {ConnectionString}", connectionString);  // expect: log
        logger.LogInformation("Opening customer account {Account} ({ConnectionStringName})", accountName, ExportsConnectionStringName);  // expect: none
        return new BlobServiceClient(connectionString);
    }
}
