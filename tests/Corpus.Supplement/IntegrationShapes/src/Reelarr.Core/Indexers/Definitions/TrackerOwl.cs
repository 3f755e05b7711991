using Microsoft.Extensions.Logging;
using Reelarr.Common.Http;

namespace Reelarr.Core.Indexers.Definitions;

public sealed class TrackerOwlSettings : IIndexerSettings
{
    private string _baseUrl = "";

    public string BaseUrl
    {
        get => _baseUrl;
        set => _baseUrl = value.TrimEnd('/');
    }

    [FieldDefinition(2, Label = "Passkey", Privacy = PrivacyLevel.ApiKey)]
    public string Passkey { get; set; } = "";

    public bool FreeleechOnly { get; set; }
}

/// <summary>A private tracker with a Torznab-like RSS search; the user's passkey authenticates every request.</summary>
public sealed class TrackerOwl(IHttpClient httpClient, ILogger<TrackerOwl> logger) : IndexerBase<TrackerOwlSettings>(httpClient, logger)
{
    public override string Name => "TrackerOwl";

    public override string[] IndexerUrls => ["https://trackerowl.cc/", "https://owlmirror.to/"];

    public override string[] LegacyUrls => ["http://trackerowl.cc/", "http://www.trackerowl.net/", "https://trackerowl.net/"];  // expect: none

    public override async Task<IList<ReleaseInfo>> FetchAsync(SearchCriteria criteria)
    {
        var request = new HttpRequestBuilder(Settings.BaseUrl)
            .Resource("rss.php")
            .AddQueryParam("passkey", Settings.Passkey)
            .AddQueryParam("search", criteria.Query)
            .AddQueryParam("freeleech", Settings.FreeleechOnly ? 1 : 0)
            .Build();
        Logger.LogDebug("Fetching {Url}", request.Url);  // expect: log

        var response = await HttpClient.ExecuteAsync(request);
        return TorznabParser.Parse(response.Content, Name);
    }
}
