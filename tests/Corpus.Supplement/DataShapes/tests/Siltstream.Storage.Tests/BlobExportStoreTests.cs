using System.Text.Json;
using DataShapes.Siltstream.Storage;
using Xunit;

namespace DataShapes.Siltstream.Storage.Tests;

public sealed class BlobExportStoreTests
{
    // The storage emulator's well-known development account, as Azurite documents it.
    private const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;";

    // A share response recorded in May 2024; the link expired on 1 June 2024.
    private const string RecordedShareResponse =
        "{\"exportId\":\"exp-2024-05\",\"downloadUrl\":\"https://siltstreamexports.blob.core.windows.net/exports/2024-05.parquet?sv=2022-11-02&sr=b&sp=r&se=2024-06-01T00%3A00%3A00Z&spr=https&sig={{synthetic:43:alnum}}%3D\"}";  // expect: none

    [Fact]
    public void Recorded_link_points_at_the_exports_container()
    {
        using var document = JsonDocument.Parse(RecordedShareResponse);
        var link = new Uri(document.RootElement.GetProperty("downloadUrl").GetString()!);
        Assert.Equal("exports/", link.Segments[1]);
    }

    [Fact]
    public void Development_client_uses_azurite()
    {
        Assert.Contains("devstoreaccount1", AzuriteConnectionString.Split(';', '='));
        Assert.True(BlobExportStore.PartnerReferenceData.Query.Contains("sp=rl", StringComparison.Ordinal));
    }
}
