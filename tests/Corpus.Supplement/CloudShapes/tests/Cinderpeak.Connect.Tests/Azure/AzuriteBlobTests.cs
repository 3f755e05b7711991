using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using CloudShapes.Cinderpeak.Connect.Azure;
using Testcontainers.Azurite;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Azure;

public sealed class AzuriteBlobTests : IAsyncLifetime
{
    private readonly AzuriteContainer _azurite = new AzuriteBuilder().WithImage("mcr.microsoft.com/azure-storage/azurite:3.33.0").Build();

    public Task InitializeAsync() => _azurite.StartAsync();

    public Task DisposeAsync() => _azurite.DisposeAsync().AsTask();

    [Fact]
    public void Export_container_exists_in_azurite()
    {
        var service = new BlobServiceClient(_azurite.GetConnectionString());

        Assert.Equal("exports", service.GetBlobContainerClient("exports").Name);
    }

    [Fact]
    public void Development_client_uses_the_emulator()
    {
        var service = StorageAccounts.Development();
        var fromSettings = new BlobServiceClient("UseDevelopmentStorage=true");

        Assert.Equal(service.GetBlobContainerClient("exports").Name, fromSettings.GetBlobContainerClient("exports").Name);
    }

    /// <summary>The compose file names the emulator "azurite"; its published development account and key.</summary>
    [Fact]
    public void Compose_emulator_issues_read_links()
    {
        var service = new BlobServiceClient("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;");  // expect: none
        var link = service.GetBlobContainerClient("exports").GetBlobClient("2026/headcount.csv").GenerateSasUri(BlobSasPermissions.Read, DateTimeOffset.UtcNow.AddMinutes(5));

        Assert.True(link.Query.Contains("sp=r", StringComparison.Ordinal));
    }
}

/// <summary>Run by the nightly pipeline (dotnet test --filter Category=Live) against the staging subscription.</summary>
[Trait("Category", "Live")]
public sealed class StagingStorageTests
{
    [Fact]
    public void Staging_account_lists_the_export_container()
    {
        var service = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=cinderpeakstaging;AccountKey={{synthetic:86:base64}}==;EndpointSuffix=core.windows.net");  // expect: secret

        Assert.Equal("exports", service.GetBlobContainerClient("exports").Name);
    }

    // A share link recorded in the export API's response of 3 March 2025; it expired after one hour.
    private const string RecordedShareLink = "https://cinderpeakstaging.blob.core.windows.net/exports/2025-03/headcount.csv?sv=2023-11-03&sr=b&sp=r&st=2025-03-03T09:00:00Z&se=2025-03-03T10:00:00Z&spr=https&sig={{synthetic:43:alnum}}%3D";  // expect: none

    [Fact]
    public void Recorded_link_points_at_the_export()
    {
        Assert.Equal("/exports/2025-03/headcount.csv", new Uri(RecordedShareLink).AbsolutePath);
    }
}
