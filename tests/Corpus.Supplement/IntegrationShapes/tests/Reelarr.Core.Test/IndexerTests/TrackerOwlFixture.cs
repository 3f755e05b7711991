using FluentAssertions;
using Moq;
using NUnit.Framework;
using Reelarr.Common.Http;
using Reelarr.Core.Indexers;
using Reelarr.Core.Indexers.Definitions;
using Reelarr.Core.Test.Framework;

namespace Reelarr.Core.Test.IndexerTests;

[TestFixture]
public class TrackerOwlFixture : CoreTest<TrackerOwl>
{
    private const string RecordedRss = """<rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><item><title>Arrival.2016.1080p.BluRay.x264</title><guid>https://trackerowl.cc/details.php?id=1245</guid><link>https://trackerowl.cc/download.php?id=1245</link><comments>https://trackerowl.cc/details.php?id=1245</comments></item></channel></rss>""";  // expect: none

    [SetUp]
    public void Setup()
    {
        Subject.Definition = new IndexerDefinition
        {
            Name = "TrackerOwl",
            Settings = new TrackerOwlSettings { BaseUrl = "http://trackerowl.cc/", Passkey = "owl-passkey" },  // expect: none
        };

        Mocker.GetMock<IHttpClient>()
            .Setup(o => o.ExecuteAsync(It.IsAny<HttpRequest>()))
            .ReturnsAsync(new HttpResponse(new HttpRequest("http://trackerowl.cc/rss.php"), RecordedRss));  // expect: none
    }

    [Test]
    public async Task should_parse_recorded_rss()
    {
        var releases = await Subject.FetchAsync(new SearchCriteria("Arrival", 2016));

        Assert.That(releases.Count, Is.EqualTo(1));
        Assert.That(releases[0].DownloadUrl, Is.EqualTo("https://trackerowl.cc/download.php?id=1245"));
    }

    [Test]
    public void should_move_legacy_base_url_to_the_current_one()
    {
        Subject.Definition.Settings = new TrackerOwlSettings { BaseUrl = "http://www.trackerowl.net/" };  // expect: none

        Subject.MigrateLegacyUrl();

        Subject.Definition.Settings!.BaseUrl.Should().Be("https://trackerowl.cc");
    }

    [Test]
    public void should_prefer_the_magnet_when_the_torrent_link_is_plain_http()
    {
        var release = new ReleaseInfo
        {
            Title = "Arrival.2016.1080p.BluRay.x264",
            DownloadUrl = "http://trackerowl.cc/download.php?id=1245",  // expect: none
            InfoUrl = "http://trackerowl.cc/details.php?id=1245",
            MagnetUrl = "magnet:?xt=urn:btih:{{synthetic:40:hex}}&dn=Arrival.2016.1080p.BluRay.x264",
            Size = 8_589_934_592,
        };

        DownloadPreference.Choose(release).Should().StartWith("magnet:");
    }
}
