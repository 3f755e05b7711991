using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Skimwire.Feeds;

public sealed record FeedItem(string Title, Uri? Link, DateTimeOffset? Published);

public sealed record Feed(string Title, Uri Source, IReadOnlyList<FeedItem> Items);

/// <summary>User name and password of a feed behind HTTP Basic authentication (private podcasts, paid newsletters).</summary>
public sealed class FeedCredentials
{
    public required string UserName { get; init; }

    public required string Password { get; init; }
}

public sealed class FeedReader(HttpClient http, DomainRateLimiter limiter, ILogger<FeedReader> logger)
{
    public const string UserAgent = "SkimwireBot/2.4 (+http://skimwire.io/bot.html)";

    // Hosts that served feeds over plain HTTP before FeedBurner moved to HTTPS; recognised so that stored
    // subscriptions are rewritten, never fetched as they are.
    private static readonly string[] LegacyFeedHosts = ["http://feeds2.feedburner.com/", "http://feedproxy.google.com/"];  // expect: none

    public async Task<Feed> ReadAsync(Uri feedUri, FeedCredentials? credentials = null, CancellationToken cancellationToken = default)
    {
        feedUri = UpgradeLegacyHost(feedUri);
        await limiter.WaitAsync(feedUri, cancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, feedUri);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml;q=0.9, */*;q=0.1");
        if (credentials is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.UserName}:{credentials.Password}")));  // expect: none
            logger.LogDebug(
                "Fetching protected feed {Feed} as {User} ({Password})",
                feedUri,
                credentials.UserName,
                credentials.Password);  // expect: log
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var document = await XDocument.LoadAsync(stream, LoadOptions.None, cancellationToken);
        logger.LogDebug("Parsed {Feed}: {Bytes} bytes, ETag {ETag}", feedUri, response.Content.Headers.ContentLength, response.Headers.ETag?.Tag);
        return Parse(document, feedUri);
    }

    public static Uri UpgradeLegacyHost(Uri feedUri)
    {
        var text = feedUri.AbsoluteUri;
        foreach (var legacy in LegacyFeedHosts)
        {
            if (text.StartsWith(legacy, StringComparison.OrdinalIgnoreCase))
            {
                return new Uri("https://feeds.feedburner.com/" + text[legacy.Length..]);
            }
        }

        return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && HstsPreloaded(feedUri.Host)  // expect: none
            ? new UriBuilder(feedUri) { Scheme = Uri.UriSchemeHttps, Port = -1 }.Uri
            : feedUri;
    }

    private static bool HstsPreloaded(string host) => host.EndsWith(".dev", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".app", StringComparison.OrdinalIgnoreCase);

    private static Feed Parse(XDocument document, Uri source)
    {
        var root = document.Root ?? throw new FormatException("Empty feed document");
        if (root.Name == FeedNamespaces.Atom + "feed")
        {
            var entries = root.Elements(FeedNamespaces.Atom + "entry")
                .Select(e => new FeedItem(
                    (string?)e.Element(FeedNamespaces.Atom + "title") ?? "",
                    Uri.TryCreate((string?)e.Element(FeedNamespaces.Atom + "link")?.Attribute("href"), UriKind.Absolute, out var link) ? link : null,
                    (DateTimeOffset?)e.Element(FeedNamespaces.Atom + "updated")))
                .ToList();
            return new Feed((string?)root.Element(FeedNamespaces.Atom + "title") ?? source.Host, source, entries);
        }

        var channel = root.Element("channel") ?? throw new FormatException("Neither RSS nor Atom");
        var items = channel.Elements("item")
            .Select(i => new FeedItem(
                (string?)i.Element("title") ?? "",
                Uri.TryCreate((string?)i.Element("link"), UriKind.Absolute, out var link) ? link : null,
                DateTimeOffset.TryParse((string?)i.Element("pubDate"), out var published) ? published : null))
            .ToList();
        return new Feed((string?)channel.Element("title") ?? source.Host, source, items);
    }
}
