using System.Security.Cryptography;

namespace Corpus.Supplement.Webhooks;

/// <summary>Caching and integrity checks that use hashes and names like "digest" but hold no key.</summary>
public sealed class PayloadCache
{
    private readonly Dictionary<string, (string ETag, string ContentDigest, byte[] Body)> _entries = new();

    public bool IsFresh(string resource, string? responseETag)
    {
        return _entries.TryGetValue(resource, out var entry) && entry.ETag == responseETag;  // expect: none
    }

    /// <summary>Skips re-importing a CRM export whose bytes did not change since the last run.</summary>
    public bool Unchanged(string resource, byte[] body)
    {
        var contentDigest = Convert.ToHexString(SHA256.HashData(body));
        return _entries.TryGetValue(resource, out var entry) && entry.ContentDigest == contentDigest;  // expect: none
    }

    /// <summary>Checks a downloaded SDK archive against the SHA-256 published next to it.</summary>
    public static bool MatchesPublishedChecksum(byte[] archive, string publishedSha256)
    {
        var hash = Convert.ToHexString(SHA256.HashData(archive));
        return hash.Equals(publishedSha256, StringComparison.OrdinalIgnoreCase);  // expect: none
    }

    public static bool SameDevice(string macAddress, string registeredMacAddress) =>
        string.Equals(macAddress, registeredMacAddress, StringComparison.OrdinalIgnoreCase);  // expect: none
}
