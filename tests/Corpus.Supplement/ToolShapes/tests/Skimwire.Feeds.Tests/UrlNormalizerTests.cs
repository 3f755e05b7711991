using ToolShapes.Skimwire.Feeds;
using Xunit;

namespace ToolShapes.Skimwire.Feeds.Tests;

public sealed class UrlNormalizerTests
{
    [Fact]
    public void Lower_cases_the_host_and_drops_the_default_port()
    {
        var actual = UrlNormalizer.Normalize("HTTP://Blog.Fernhollow.net:80/feed.xml");  // expect: none

        Eq("http://blog.fernhollow.net/feed.xml", actual);  // expect: none
    }

    [Fact]
    public void Drops_tracking_parameters_but_keeps_the_rest()
    {
        var actual = UrlNormalizer.Normalize("http://news.quarryfield.com/rss?utm_source=tw&section=plants");

        Eq("http://news.quarryfield.com/rss?section=plants", actual);
    }

    [Theory]
    [InlineData("http://feeds2.feedburner.com/quarryfield", "https://feeds.feedburner.com/quarryfield")]  // expect: none
    [InlineData("http://feedproxy.google.com/fernhollow", "https://feeds.feedburner.com/fernhollow")]
    public void Rewrites_legacy_feedburner_hosts(string stored, string expected)
    {
        Eq(new Uri(expected), FeedReader.UpgradeLegacyHost(new Uri(stored)));
    }

    [Fact]
    public void Parsed_links_resolve_against_the_page()
    {
        var expectedLinks = new[] { new Uri("http://blog.fernhollow.net/feed"), new Uri("http://blog.fernhollow.net/comments/feed") };  // expect: none
        var page = new StaticPage(new Uri("https://blog.fernhollow.net/"), Markup.TwoAlternateLinks);

        ParsesLinks(page, expectedLinks);
    }

    private static void ParsesLinks(IFetchedPage page, IReadOnlyList<Uri> expectedLinks)
    {
        var actual = FeedDiscovery.FindFeedLinks(page);
        Eq(expectedLinks.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Eq(expectedLinks[i], actual[i]);
        }
    }

    // The project's own assertion helper: boxes both sides so that a Uri compares with a Uri and a string with a string.
    private static void Eq(object expected, object actual) => Assert.Equal(expected, actual);

    private sealed record StaticPage(Uri Url, string Html) : IFetchedPage
    {
        public string? ContentType => "text/html";
    }

    private static class Markup
    {
        public const string TwoAlternateLinks =
            "<html><head>" +
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"http://blog.fernhollow.net/feed\">" +
            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"http://blog.fernhollow.net/comments/feed\">" +
            "</head><body></body></html>";
    }
}
