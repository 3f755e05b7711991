namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A name pattern with <c>*</c> for any run of characters, matched case-insensitively against the whole name.
/// A linear scan that remembers the last star (no regular expression, so no timeout and no backtracking blow-up).
/// </summary>
internal static class Wildcard
{
    public static bool Matches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
