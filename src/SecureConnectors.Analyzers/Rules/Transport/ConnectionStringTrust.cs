namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// <c>TrustServerCertificate=True</c> (or <c>Trust Server Certificate=yes</c>) in a SQL Server connection string:
/// the client encrypts but accepts any server certificate.
/// </summary>
internal static class ConnectionStringTrust
{
    public static bool MayContainSetting(string text) =>
        text.IndexOf("certificate", System.StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Finds the value of an enabled setting (its index and length in <paramref name="text"/>).</summary>
    /// <remarks>A scan of the ';'-separated settings, not a regular expression: it runs for string literals of every build.</remarks>
    public static bool TryFindTrustedValue(string text, out int index, out int length)
    {
        index = length = 0;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf(';', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (TryReadSetting(text, start, end, out index, out length))
            {
                return true;
            }

            start = end + 1;
        }

        index = length = 0;
        return false;
    }

    // "  Trust Server Certificate = 'yes' ": the key with white space only between its words, then a true value.
    private static bool TryReadSetting(string text, int start, int end, out int index, out int length)
    {
        index = length = 0;
        var equals = text.IndexOf('=', start, end - start);
        if (equals < 0 || !IsTrustKey(text.Substring(start, equals - start)))
        {
            return false;
        }

        var valueStart = equals + 1;
        var valueEnd = end;
        while (valueStart < valueEnd && char.IsWhiteSpace(text[valueStart]))
        {
            valueStart++;
        }

        while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
        {
            valueEnd--;
        }

        var value = text.Substring(valueStart, valueEnd - valueStart);
        var word = value.Length > 0 && value[0] is '\'' or '"' ? value.Substring(1) : value;
        word = word.Length > 0 && word[word.Length - 1] is '\'' or '"' ? word.Substring(0, word.Length - 1) : word;
        if (!word.Equals("true", System.StringComparison.OrdinalIgnoreCase) && !word.Equals("yes", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        index = valueStart;
        length = value.Length;
        return true;
    }

    private static bool IsTrustKey(string key)
    {
        var words = key.Trim().ToLowerInvariant();
        var expected = new[] { "trust", "server", "certificate" };
        var position = 0;
        foreach (var word in expected)
        {
            while (position < words.Length && char.IsWhiteSpace(words[position]) && word != "trust")
            {
                position++;
            }

            if (string.CompareOrdinal(words, position, word, 0, word.Length) != 0)
            {
                return false;
            }

            position += word.Length;
        }

        return position == words.Length;
    }
}
