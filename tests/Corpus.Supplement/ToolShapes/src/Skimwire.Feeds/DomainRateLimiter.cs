using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Skimwire.Feeds;

/// <summary>
/// One request per domain per interval, so that a crawl of 4,000 subscriptions never hammers one host. Keyed by the
/// registrable host (IDN form), so http and https URLs of a site share one bucket.
/// </summary>
public sealed class DomainRateLimiter(TimeSpan interval, TimeProvider time, ILogger<DomainRateLimiter>? logger = null)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, TimeSpan> _crawlDelays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["feeds.feedburner.com"] = TimeSpan.FromSeconds(5),
        ["medium.com"] = TimeSpan.FromSeconds(10),
    };

    public static string KeyOf(Uri uri) => uri.IdnHost.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.IdnHost[4..] : uri.IdnHost;

    public bool TryAcquire(Uri uri)
    {
        var key = KeyOf(uri);
        var now = time.GetUtcNow();
        var delay = _crawlDelays.GetValueOrDefault(key, interval);
        var next = _nextAllowed.GetOrAdd(key, now);
        if (next > now)
        {
            logger?.LogDebug("Throttling {Host} for {Delay}", key, next - now);
            return false;
        }

        _nextAllowed[key] = now + delay;
        return true;
    }

    public async Task WaitAsync(Uri uri, CancellationToken cancellationToken)
    {
        while (!TryAcquire(uri))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
        }
    }
}
