using System.Collections.Immutable;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// SC1001's name rules (<see cref="SecretNames"/>) for a value with no literal to look at: a name alone decides,
/// so the paging and sync tokens that APIs hand out and logs rightly record (<c>nextPageToken</c>,
/// <c>continuationToken</c>, <c>cursorToken</c>, <c>syncToken</c>) are not secrets here; the hash of a password
/// (<c>passwordHash</c>) is, and so are a connection string and a SAS URL, which carry the credential of what they reach. A
/// name that says the secret was taken out (<c>maskedToken</c>, <c>redactedApiKey</c>) is not.
/// </summary>
internal static class LoggedSecretNames
{
    private static readonly ImmutableHashSet<string> PagingWords = ImmutableHashSet.Create(
        "page", "paging", "continuation", "next", "previous", "prev", "cursor", "sync", "delta", "resume", "skip");

    // A password's hash can be cracked offline from a log line (people choose passwords); a key's hash cannot.
    private static readonly ImmutableHashSet<string> CrackableWords = ImmutableHashSet.Create("password", "passphrase", "passwd", "pwd");

    // maskedToken, redactedApiKey, sanitizedConnectionString: the name says the secret was taken out of the value.
    private static readonly ImmutableHashSet<string> RemovedWords = ImmutableHashSet.Create(
        "masked", "redacted", "obfuscated", "scrubbed", "sanitized", "sanitised", "truncated", "elided");

    public static bool SaysSecret(string name)
    {
        var words = IdentifierWords.Split(name);
        foreach (var word in words)
        {
            if (RemovedWords.Contains(word))
            {
                return false;
            }
        }

        if (words.Count >= 2 && words[words.Count - 1] is "hash" or "hashed" && CrackableWords.Contains(words[words.Count - 2]))
        {
            return true;
        }

        if (CarriesCredentials(words))
        {
            return true;
        }

        if (SecretNames.Classify(name) == SecretKind.None)
        {
            return false;
        }

        var tokenAt = words.LastIndexOf("token");
        return tokenAt <= 0 || !PagingWords.Contains(words[tokenAt - 1]);
    }

    // A connection string (connectionString, EventHubConnectionString) carries the password or key of what it connects to,
    // and a SAS or presigned URL (sasUri, blobSasUrl, presignedUrl) the signature that grants access: written whole to a log, the credential goes too.
    private static bool CarriesCredentials(System.Collections.Generic.List<string> words)
    {
        var last = words.Count - 1;
        if (last < 0)
        {
            return false;
        }

        if (words[last] is "connectionstring" or "connstr" || (last >= 1 && words[last] is "string" or "str" && words[last - 1] is "connection" or "conn"))
        {
            return true;
        }

        // A presigned or signed URL (presignedUrl, signedUri) carries its signature the same way.
        return last >= 1 && words[last] is "uri" or "url" && words[last - 1] is "sas" or "presigned" or "signed";
    }
}
