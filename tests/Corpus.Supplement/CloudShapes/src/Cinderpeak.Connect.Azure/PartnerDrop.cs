using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Azure;

/// <summary>Kestrel Bay's inbound container: they generated a container SAS for us and mailed it to support.</summary>
public sealed class PartnerDrop(HttpClient http, ILogger<PartnerDrop> logger)
{
    private static readonly Uri DropContainer = new("https://kestrelbayhrdrop.blob.core.windows.net/cinderpeak-inbound?sv=2023-11-03&sr=c&sp=wl&st=2026-01-05T00:00:00Z&se=2027-01-05T00:00:00Z&spr=https&sig={{synthetic:43:alnum}}%3D");  // expect: secret

    private const string SasPolicy = "cinderpeak-write";

    public async Task UploadAsync(string blobName, Stream content, CancellationToken ct)
    {
        var sasUri = new UriBuilder(DropContainer) { Path = DropContainer.AbsolutePath + "/" + blobName }.Uri;
        using var request = new HttpRequestMessage(HttpMethod.Put, sasUri) { Content = new StreamContent(content) };
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        request.Headers.Add("x-ms-version", "2023-11-03");

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Upload to {sasUri} failed with {(int)response.StatusCode}");  // expect: log
        }

        logger.LogInformation("Uploaded {Blob} to {Host} under policy {SasPolicy}", blobName, DropContainer.Host, SasPolicy);  // expect: none
    }
}
