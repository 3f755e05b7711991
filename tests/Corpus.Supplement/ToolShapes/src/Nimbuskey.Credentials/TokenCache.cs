using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Nimbuskey.Credentials;

/// <summary>Tokens by tenant, client and resource, refreshed five minutes before they expire.</summary>
public sealed class TokenCache(TimeProvider time, ILogger<TokenCache> logger)
{
    private readonly ConcurrentDictionary<string, CachedToken> _entries = new(StringComparer.Ordinal);

    public static string CacheKey(string tenantId, string clientId, string resource) => $"{tenantId}|{clientId}|{resource}";

    public bool TryGet(string cacheKey, out CachedToken token)
    {
        if (_entries.TryGetValue(cacheKey, out token!) && token.ExpiresOn > time.GetUtcNow().AddMinutes(5))
        {
            logger.LogDebug("Token cache hit for {CacheKey}", cacheKey);  // expect: none
            return true;
        }

        return false;
    }

    public void Set(string cacheKey, CachedToken token)
    {
        _entries[cacheKey] = token;
        logger.LogTrace("Cached a token for {CacheKey} until {ExpiresOn}", cacheKey, token.ExpiresOn);
    }
}
