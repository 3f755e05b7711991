using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using ToolShapes.Snipdock.Infrastructure;

namespace ToolShapes.Snipdock.Updates;

public sealed record UpdateInfo(Version Version, string AssetName, Uri DownloadUrl, string Sha256);

/// <summary>Checks GitHub for a newer release (the mirror when the API is rate-limited), downloads and verifies it.</summary>
public sealed class ReleaseUpdater(HttpClient http)
{
    private const string LatestReleaseApi = "https://api.github.com/repos/snipdock/snipdock/releases/latest";
    private const string MirrorManifest = "http://dl.snipdock.app/stable/latest.json";  // expect: http

    static ReleaseUpdater()
    {
        // Windows 7 and 8.0 clients still run the .NET Framework build, whose default stops at TLS 1.0.
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;  // expect: tls
    }

    public async Task<UpdateInfo?> CheckAsync(Version current, CancellationToken cancellationToken)
    {
        UpdateInfo? latest;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, LatestReleaseApi);
            request.Headers.UserAgent.ParseAdd("Snipdock-Updater/3.2");
            request.Headers.Accept.ParseAdd("application/vnd.github+json");
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var release = await response.Content.ReadFromJsonAsync<GitHubRelease>(cancellationToken);
            latest = release?.ToUpdateInfo();
        }
        catch (HttpRequestException ex)
        {
            Log.Info($"GitHub API unavailable ({ex.StatusCode}); trying the mirror");
            latest = await http.GetFromJsonAsync<UpdateInfo>(MirrorManifest, cancellationToken);
        }

        return latest is not null && latest.Version > current ? latest : null;
    }

    public async Task<string> DownloadAsync(UpdateInfo update, string targetDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(targetDirectory, update.AssetName);
        await using (var file = File.Create(path))
        {
            await using var stream = await http.GetStreamAsync(update.DownloadUrl, cancellationToken);
            await stream.CopyToAsync(file, cancellationToken);
        }

        var actualSha256 = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken)));
        if (!string.Equals(actualSha256, update.Sha256, StringComparison.OrdinalIgnoreCase))  // expect: none
        {
            File.Delete(path);
            throw new InvalidDataException($"Checksum mismatch for {update.AssetName}");
        }

        Log.Info($"Downloaded {update.Version} to {path}");
        return path;
    }

    private sealed class GitHubRelease
    {
        [JsonPropertyName("tag_name")]
        public string TagName { get; set; } = "";

        [JsonPropertyName("assets")]
        public List<GitHubAsset> Assets { get; set; } = [];

        [JsonPropertyName("body")]
        public string Body { get; set; } = "";

        public UpdateInfo? ToUpdateInfo()
        {
            var asset = Assets.FirstOrDefault(a => a.Name.EndsWith("-win-x64.zip", StringComparison.OrdinalIgnoreCase));
            var sha = Body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("SHA256:", StringComparison.Ordinal))?["SHA256:".Length..].Trim();
            return asset is null || sha is null ? null : new UpdateInfo(Version.Parse(TagName.TrimStart('v')), asset.Name, new Uri(asset.BrowserDownloadUrl), sha);
        }
    }

    private sealed class GitHubAsset
    {
        [JsonPropertyName("name")]
        public string Name { get; set; } = "";

        [JsonPropertyName("browser_download_url")]
        public string BrowserDownloadUrl { get; set; } = "";
    }
}
