using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Skimwire.Feeds;

public sealed class FeedSyncOptions
{
    public Uri BaseUrl { get; set; } = new("https://sync.skimwire.io/api/v1/");

    public string AccessToken { get; set; } = "";
}

public sealed record SyncPage(IReadOnlyList<string> ReadItemIds, string? ContinuationToken);

/// <summary>Keeps read state in step with the Skimwire cloud account.</summary>
public sealed class FeedSyncClient(HttpClient http, FeedSyncOptions options, ILogger<FeedSyncClient> logger)
{
    public async Task<SyncPage> PullAsync(string? continuationToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.BaseUrl, "read-state" + (continuationToken is null ? "" : "?c=" + Uri.EscapeDataString(continuationToken))));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<SyncPage>(cancellationToken) ?? new SyncPage([], null);
        logger.LogDebug("Pulled {Count} read items, next {ContinuationToken}", page.ReadItemIds.Count, page.ContinuationToken);  // expect: none
        return page;
    }
}
