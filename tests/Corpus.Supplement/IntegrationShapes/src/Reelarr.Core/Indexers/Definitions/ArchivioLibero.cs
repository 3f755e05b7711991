using Microsoft.Extensions.Logging;
using Reelarr.Common.Http;

namespace Reelarr.Core.Indexers.Definitions;

public sealed class NoAuthSettings : IIndexerSettings
{
    public string BaseUrl { get; set; } = "";
}

/// <summary>A public tracker that has never served HTTPS.</summary>
public sealed class ArchivioLibero(IHttpClient httpClient, ILogger<ArchivioLibero> logger) : IndexerBase<NoAuthSettings>(httpClient, logger)
{
    public override string Name => "ArchivioLibero";

    public override string[] IndexerUrls => ["http://archivio-libero.org/"];  // expect: http

    public override string[] LegacyUrls => ["http://archiviolibero.net/", "http://archiviolibero.info/"];  // expect: none

    public override async Task<IList<ReleaseInfo>> FetchAsync(SearchCriteria criteria)
    {
        var request = new HttpRequestBuilder(Settings.BaseUrl).Resource("torznab/api").AddQueryParam("t", "search").AddQueryParam("q", criteria.Query).Build();
        Logger.LogDebug("Fetching {Url}", LogCleanser.Cleanse(request.Url.FullUri));  // expect: none

        var response = await HttpClient.ExecuteAsync(request);
        return TorznabParser.Parse(response.Content, Name);
    }
}
