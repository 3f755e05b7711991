using System.Collections.Immutable;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// SC1001's name rules (<see cref="SecretNames"/>) for a value with no literal to look at: a name alone decides,
/// so the paging and sync tokens that APIs hand out and logs rightly record (<c>nextPageToken</c>,
/// <c>continuationToken</c>, <c>cursorToken</c>, <c>syncToken</c>) are not secrets here.
/// </summary>
internal static class LoggedSecretNames
{
    private static readonly ImmutableHashSet<string> PagingWords = ImmutableHashSet.Create(
        "page", "paging", "continuation", "next", "previous", "prev", "cursor", "sync", "delta", "resume", "skip");

    public static bool SaysSecret(string name)
    {
        if (SecretNames.Classify(name) == SecretKind.None)
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
        var tokenAt = words.LastIndexOf("token");
        return tokenAt <= 0 || !PagingWords.Contains(words[tokenAt - 1]);
    }
}
