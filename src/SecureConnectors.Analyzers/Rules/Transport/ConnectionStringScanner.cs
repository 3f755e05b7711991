using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Walks the <c>key=value</c> settings of a connection string: between <c>;</c> (ADO.NET), <c>&amp;</c> and <c>?</c> (a
/// URI's query) and <c>,</c> (StackExchange.Redis), each key being the whole text before its <c>=</c>, trimmed, and
/// each value the text after it, white space and one pair of quotes aside. A sentence that names a setting is one
/// setting whose key has spaces in it, which no reader below accepts but <c>Trust Server Certificate</c>'s.
/// </summary>
internal static class ConnectionStringScanner
{
    private static readonly char[] Separators = { ';', '&', '?', ',' };

    /// <summary>A setting as found: its key, and where its value is in the text.</summary>
    public delegate bool SettingReader(string key, int valueIndex, int valueLength);

    /// <summary>Hands every setting to <paramref name="read"/> until it answers true; false when none did.</summary>
    public static bool Any(string text, SettingReader read)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOfAny(Separators, start);
            if (end < 0)
            {
                end = text.Length;
            }

            var equals = text.IndexOf('=', start, end - start);
            if (equals >= 0)
            {
                var valueStart = equals + 1;
                var valueEnd = end;
                while (valueStart < valueEnd && (char.IsWhiteSpace(text[valueStart]) || text[valueStart] is '\'' or '"'))
                {
                    valueStart++;
                }

                while (valueEnd > valueStart && (char.IsWhiteSpace(text[valueEnd - 1]) || text[valueEnd - 1] is '\'' or '"'))
                {
                    valueEnd--;
                }

                if (read(text.Substring(start, equals - start).Trim(), valueStart, valueEnd - valueStart))
                {
                    return true;
                }
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>A key of one token (tlsAllowInvalidCertificates, ssl_verify, SslMode): a sentence has spaces.</summary>
    public static bool IsSettingName(string key)
    {
        if (key.Length == 0 || !char.IsLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key without the spaces ADO.NET allows between its words, lower-cased: "SSL Mode" -> "sslmode".</summary>
    public static string Normalized(string key) => key.Replace(" ", "").ToLowerInvariant();

    /// <summary>Whether <paramref name="text"/> holds <paramref name="part"/>, in any case: the readers' first look.</summary>
    public static bool Mentions(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    public static bool ValueIs(string text, int index, int length, string word) =>
        length == word.Length && string.Compare(text, index, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
}
