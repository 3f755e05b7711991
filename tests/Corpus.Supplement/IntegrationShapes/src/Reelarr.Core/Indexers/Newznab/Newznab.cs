using Microsoft.Extensions.Logging;
using Reelarr.Common.Http;

namespace Reelarr.Core.Indexers.Newznab;

public sealed class NewznabSettings : IIndexerSettings
{
    public string BaseUrl { get; set; } = "";

    public string ApiPath { get; set; } = "/api";

    [FieldDefinition(2, Label = "API Key", Privacy = PrivacyLevel.ApiKey)]
    public string ApiKey { get; set; } = "";
}

/// <summary>The presets the "Add indexer" dialog offers; the user adds their own API key.</summary>
public static class NewznabPresets
{
    public static IEnumerable<IndexerDefinition> Defaults()
    {
        yield return Preset("NzbHarbor", "https://api.nzbharbor.net");
        yield return Preset("Usenet Attic", "https://usenetattic.com");
        yield return Preset("Generic Newznab", "");
    }

    private static IndexerDefinition Preset(string name, string baseUrl) =>
        new() { Name = name, Implementation = "Newznab", Settings = new NewznabSettings { BaseUrl = baseUrl } };
}

public sealed class NzbHarbor(IHttpClient httpClient, ILogger<NzbHarbor> logger) : IndexerBase<NewznabSettings>(httpClient, logger)
{
    // The v1 API host still answers t=caps far faster than the current one, so capabilities are read there.
    private const string LegacyApiUrl = "http://api-v1.nzbharbor.net/api";  // expect: http

    public override string Name => "NzbHarbor";

    public override string[] IndexerUrls => ["https://api.nzbharbor.net"];

    public override string[] LegacyUrls => ["http://nzbharbor.net", "http://www.nzbharbor.net"];  // expect: none

    public async Task<string> GetCapabilitiesAsync()
    {
        var request = new HttpRequestBuilder(LegacyApiUrl).AddQueryParam("t", "caps").AddQueryParam("apikey", Settings.ApiKey).Build();
        return (await HttpClient.ExecuteAsync(request)).Content;
    }

    public override async Task<IList<ReleaseInfo>> FetchAsync(SearchCriteria criteria)
    {
        var request = new HttpRequestBuilder(Settings.BaseUrl)
            .Resource(Settings.ApiPath)
            .AddQueryParam("t", "movie")
            .AddQueryParam("q", criteria.Query)
            .AddQueryParam("apikey", Settings.ApiKey)
            .Build();
        var response = await HttpClient.ExecuteAsync(request);
        return TorznabParser.Parse(response.Content, Name);
    }
}
