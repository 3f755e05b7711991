using NUnit.Framework;

namespace Reelarr.Core.Test.IndexerTests;

/// <summary>Run by hand before a release: the live indexer, with the CI account's key.</summary>
[TestFixture]
[Category("IntegrationTest")]
public class NzbHarborIntegrationFixture
{
    // API key of the reelarr-ci account at NzbHarbor.
    private const string CiApiKey = "{{synthetic:32:hex}}";  // expect: secret

    [Test]
    [Explicit("hits the live indexer")]
    public async Task caps_and_search_answer()
    {
        using var http = new HttpClient();

        var caps = await http.GetStringAsync("http://api-v1.nzbharbor.net/api?t=caps");  // expect: http
        var search = await http.GetStringAsync($"https://api.nzbharbor.net/api?t=movie&q=arrival&apikey={CiApiKey}");  // expect: none

        Assert.That(caps.Contains("<caps>", StringComparison.Ordinal), Is.EqualTo(true));
        Assert.That(search.Length > 0, Is.EqualTo(true));
    }
}
