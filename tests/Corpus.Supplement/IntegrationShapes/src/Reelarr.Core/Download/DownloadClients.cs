using Microsoft.Extensions.Logging;
using Reelarr.Common.Http;
using Reelarr.Core.Indexers;

namespace Reelarr.Core.Download;

public sealed class QBittorrentSettings
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 8080;

    public bool UseSsl { get; set; }

    public string UrlBase { get; set; } = "";

    public string Username { get; set; } = "";

    [FieldDefinition(4, Label = "Password", Privacy = PrivacyLevel.Password)]
    public string Password { get; set; } = "";
}

/// <summary>qBittorrent's Web API on the machine and port the user entered (usually the LAN).</summary>
public sealed class QBittorrentProxy(IHttpClient httpClient, ILogger<QBittorrentProxy> logger)
{
    private static string BaseUrl(QBittorrentSettings settings) =>
        $"{(settings.UseSsl ? "https" : "http")}://{settings.Host}:{settings.Port}/{settings.UrlBase.Trim('/')}";  // expect: none

    public async Task<bool> LoginAsync(QBittorrentSettings settings)
    {
        var request = new HttpRequestBuilder(BaseUrl(settings)).Resource("api/v2/auth/login").Post().Build();
        request.SetContent($"username={Uri.EscapeDataString(settings.Username)}&password={Uri.EscapeDataString(settings.Password)}");
        var response = await httpClient.ExecuteAsync(request);
        if (response.Content != "Ok.")
        {
            logger.LogWarning("qBittorrent login failed for {Username} at {Host}", settings.Username, settings.Host);
            return false;
        }

        return true;
    }
}

/// <summary>Synology Download Station reached through QuickConnect: the relay directory says where the NAS is.</summary>
public sealed class DownloadStationQuickConnect(IHttpClient httpClient)
{
    private const string ServUrl = "http://global.quickconnect.to/Serv.php";  // expect: http

    public async Task<string> ResolveAsync(string quickConnectId)
    {
        var request = new HttpRequestBuilder(ServUrl).Post().Build();
        request.SetContent($$"""{"version":1,"command":"get_server_info","id":"dsm","serverID":"{{quickConnectId}}"}""");
        return (await httpClient.ExecuteAsync(request)).Content;
    }
}

/// <summary>Presets for hosted seedboxes: Deluge's JSON-RPC endpoint on the user's slot (the password goes in the body).</summary>
public static class SeedboxPresets
{
    public static string SeedboxLaneDelugeUrl(string slot, int port) => $"http://{slot}.seedboxlane.net:{port}/deluge/json";  // expect: http

    public static string SeedboxLaneDelugeTlsUrl(string slot) => $"https://{slot}.seedboxlane.net/deluge/json";
}
