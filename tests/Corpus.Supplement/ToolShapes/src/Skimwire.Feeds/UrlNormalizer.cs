namespace ToolShapes.Skimwire.Feeds;

/// <summary>Canonical form of a feed URL, so that one subscription is stored once: lower-case host, no default port, no tracking parameters.</summary>
public static class UrlNormalizer
{
    private static readonly string[] TrackingParameters = ["utm_source", "utm_medium", "utm_campaign", "fbclid"];

    public static string Normalize(string url)
    {
        var builder = new UriBuilder(new Uri(url.Trim()))
        {
            Host = new Uri(url.Trim()).IdnHost.ToLowerInvariant(),
        };
        if (builder.Uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        var query = builder.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingParameters.Contains(pair.Split('=')[0], StringComparer.OrdinalIgnoreCase));
        builder.Query = string.Join('&', query);
        return builder.Uri.AbsoluteUri;
    }
}
