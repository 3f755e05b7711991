using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Storage;

public sealed class BlobExportStore(IConfiguration configuration, ILogger<BlobExportStore> logger)
{
    // Azurite, started by docker compose: the storage emulator's published account and key.
    private const string Azurite =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";  // expect: none

    // Read-only container SAS for the partner's reference data, issued by the partner in March 2024 for three years.
    public static readonly Uri PartnerReferenceData =
        new("https://partnerrefdata.blob.core.windows.net/reference?sv=2022-11-02&sr=c&sp=rl&st=2024-03-01T00:00:00Z&se=2027-03-01T00:00:00Z&spr=https&sig={{synthetic:43:alnum}}%3D");  // expect: secret

    public BlobServiceClient Create(bool development) => development
        ? new BlobServiceClient(Azurite)
        : new BlobServiceClient(new Uri(configuration["Exports:BlobServiceUri"]!), new DefaultAzureCredential());

    public static BlobServiceClient Legacy(string accountKey)
        => new($"DefaultEndpointsProtocol=https;AccountName=siltstreamlegacy;AccountKey={accountKey};EndpointSuffix=core.windows.net");  // expect: none

    /// <summary>A download link for the customer who requested the export.</summary>
    public Uri ShareExport(BlobClient blob, DateTimeOffset expiresOn)
    {
        var sasUri = blob.GenerateSasUri(BlobSasPermissions.Read, expiresOn);
        logger.LogInformation("Shared export {Blob} until {ExpiresOn}", blob.Name, expiresOn);
        logger.LogDebug("Download link: {SasUri}", sasUri);  // expect: log
        return sasUri;
    }
}
