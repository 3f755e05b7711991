using Moq;
using ToolShapes.Skimwire.Feeds;
using Xunit;

namespace ToolShapes.Skimwire.Feeds.Tests;

public sealed class FeedDiscoveryTests
{
    [Fact]
    public void Finds_the_rss_link_of_a_mocked_page()
    {
        var page = new Mock<IFetchedPage>();
        page.Setup(p => p.Url).Returns(new Uri("http://blog.fernhollow.net/"));  // expect: none
        page.Setup(p => p.Html).Returns("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"http://blog.fernhollow.net/feed\" /></head></html>");  // expect: none
        page.Setup(p => p.ContentType).Returns("text/html; charset=utf-8");

        var links = FeedDiscovery.FindFeedLinks(page.Object);

        Assert.Equal(new Uri("http://blog.fernhollow.net/feed"), links.Single());
    }

    [Fact]
    public void Resolves_a_relative_href_against_the_final_url()
    {
        var page = new Mock<IFetchedPage>();
        page.Setup(p => p.Url).Returns(new Uri("http://news.quarryfield.com/plants/"));
        page.Setup(p => p.Html).Returns("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\">");

        Assert.Equal("http://news.quarryfield.com/plants/atom.xml", FeedDiscovery.FindFeedLinks(page.Object).Single().AbsoluteUri);
    }
}
