using ToolShapes.Skimwire.Feeds;
using Xunit;

namespace ToolShapes.Skimwire.Feeds.Tests;

public sealed class DomainRateLimiterTests
{
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Second_request_to_the_same_domain_waits_for_the_interval()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var limiter = new DomainRateLimiter(TimeSpan.FromSeconds(2), clock);
        var first = new Uri("http://news.quarryfield.com/feeds/plants.xml");  // expect: none
        var second = new Uri("https://www.quarryfield.com/feeds/tools.xml");

        Assert.True(limiter.TryAcquire(first));
        Assert.False(limiter.TryAcquire(second) && DomainRateLimiter.KeyOf(first) == DomainRateLimiter.KeyOf(second));

        clock.Now += TimeSpan.FromSeconds(2);
        Assert.True(limiter.TryAcquire(first));
    }

    [Fact]
    public void Different_domains_do_not_share_a_bucket()
    {
        var limiter = new DomainRateLimiter(TimeSpan.FromMinutes(1), new ManualClock(DateTimeOffset.UnixEpoch));
        var hosts = new[] { "http://blog.fernhollow.net/feed", "http://news.quarryfield.com/rss", "http://test.com/feed" };

        Assert.True(hosts.All(h => limiter.TryAcquire(new Uri(h))));
    }

    [Fact]
    public void Key_ignores_www_and_scheme()
    {
        Assert.Equal("quarryfield.com", DomainRateLimiter.KeyOf(new Uri("http://www.quarryfield.com/a")));  // expect: none
    }
}
