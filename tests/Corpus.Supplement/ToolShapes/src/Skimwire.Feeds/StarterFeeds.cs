namespace ToolShapes.Skimwire.Feeds;

/// <summary>The subscriptions a new Skimwire install starts with; the first sync fetches each of them.</summary>
public static class StarterFeeds
{
    public static readonly IReadOnlyList<Uri> Defaults =
    [
        new("https://hnrss.org/frontpage"),
        new("http://feeds.arstechnica.com/arstechnica/index"),  // expect: http
        new("https://www.theverge.com/rss/index.xml"),
        new("https://blog.jetbrains.com/dotnet/feed/"),
    ];
}
