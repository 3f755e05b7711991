using System.Text.RegularExpressions;

namespace ToolShapes.Skimwire.Feeds;

/// <summary>What the crawler fetched for a page: its final address after redirects and its markup.</summary>
public interface IFetchedPage
{
    Uri Url { get; }

    string Html { get; }

    string? ContentType { get; }
}

public static partial class FeedDiscovery
{
    public static IReadOnlyList<Uri> FindFeedLinks(IFetchedPage page)
    {
        var links = new List<Uri>();
        foreach (Match match in AlternateLink().Matches(page.Html))
        {
            if (Uri.TryCreate(page.Url, match.Groups["href"].Value, out var feed))
            {
                links.Add(feed);
            }
        }

        return links;
    }

    [GeneratedRegex("<link[^>]+rel=\"alternate\"[^>]+type=\"application/(?:rss|atom)\\+xml\"[^>]+href=\"(?<href>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AlternateLink();
}
