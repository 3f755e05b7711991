using Microsoft.Extensions.Logging.Abstractions;
using ToolShapes.Skimwire.Feeds;
using Xunit;

namespace ToolShapes.Skimwire.Feeds.Tests;

/// <summary>Downloads real public feeds; run with <c>dotnet test --filter Category=Live</c> before a release.</summary>
[Trait("Category", "Live")]
public sealed class LiveFeedTests
{
    private static FeedReader CreateReader(HttpMessageHandler? handler = null) =>
        new(new HttpClient(handler ?? new HttpClientHandler()), new DomainRateLimiter(TimeSpan.FromSeconds(1), TimeProvider.System), NullLogger<FeedReader>.Instance);

    [Fact]
    public async Task Reads_bbc_news()
    {
        var feed = await CreateReader().ReadAsync(new Uri("http://feeds.bbci.co.uk/news/rss.xml"));  // expect: http

        Assert.True(feed.Items.Count > 0);
    }

    [Fact]
    public async Task Reads_nasa_breaking_news()
    {
        var feed = await CreateReader().ReadAsync(new Uri("https://www.nasa.gov/news-release/feed/"));

        Assert.True(feed.Items.Count > 0);
    }

    [Fact(Skip = "badssl.com is flaky from CI")]
    public async Task Expired_certificate_feed_loads_when_the_user_opts_in()
    {
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, _, _, _) => true,  // expect: tls
        };

        var feed = await CreateReader(handler).ReadAsync(new Uri("https://expired.badssl.com/"));

        Assert.Equal("expired.badssl.com", feed.Source.Host);
    }
}
