using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A connection string setting that turns certificate validation off: SQL Server's and Npgsql's
/// <c>TrustServerCertificate=True</c> (or <c>Trust Server Certificate=yes</c>), and any setting whose name says so by
/// the rule of named settings (<see cref="CertificateTrustSettings"/>), set to the value that does: MongoDB's
/// <c>tlsAllowInvalidCertificates=true</c> and <c>tlsInsecure=true</c> in a URI's query, a driver's
/// <c>SslVerify=false</c>. Settings are read between <c>;</c> (ADO.NET), <c>&amp;</c> and <c>?</c> (a URI's query) and
/// <c>,</c> (StackExchange.Redis), each key being the whole text before its <c>=</c>: a sentence that names a setting
/// ("never set TrustServerCertificate=True") is not a setting.
/// </summary>
internal static class ConnectionStringTrust
{
    /// <summary>A cheap first look: most literals mention no certificate, TLS or SSL and have no <c>=</c>.</summary>
    public static bool MayContainSetting(string text) =>
        text.IndexOf('=') > 0
        && (Mentions(text, "cert") || Mentions(text, "tls") || Mentions(text, "ssl") || Mentions(text, "x509"));

    /// <summary>The first setting of <paramref name="text"/> that turns validation off.</summary>
    /// <remarks>A scan of the separated settings, not a regular expression: it runs for string literals of every build.</remarks>
    public static bool TryFind(string text, out ConnectionStringSetting setting)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOfAny(Separators, start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (TryReadSetting(text, start, end, out setting))
            {
                return true;
            }

            start = end + 1;
        }

        setting = default;
        return false;
    }

    private static readonly char[] Separators = { ';', '&', '?', ',' };

    // "  Trust Server Certificate = 'yes' ", "tlsAllowInvalidCertificates=true": a key, then a boolean word.
    private static bool TryReadSetting(string text, int start, int end, out ConnectionStringSetting setting)
    {
        setting = default;
        var equals = text.IndexOf('=', start, end - start);
        if (equals < 0)
        {
            return false;
        }

        var key = text.Substring(start, equals - start).Trim();
        if (!TryReadBoolean(text, equals + 1, end, out var wordIndex, out var wordLength, out var value))
        {
            return false;
        }

        var isTrustServerCertificate = IsTrustServerCertificateKey(key);
        var disabling = isTrustServerCertificate ? true : IsSettingName(key) ? CertificateTrustSettings.DisablingValue(key) : null;
        if (disabling != value)
        {
            return false;
        }

        setting = new ConnectionStringSetting(key, wordIndex, wordLength, isTrustServerCertificate);
        return true;
    }

    // The value between '=' and the separator, white space and one pair of quotes aside: true/yes or false/no.
    private static bool TryReadBoolean(string text, int start, int end, out int index, out int length, out bool value)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '\'' or '"'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '\'' or '"'))
        {
            end--;
        }

        index = start;
        length = end - start;
        var word = text.Substring(start, length);
        value = word.Equals("true", StringComparison.OrdinalIgnoreCase) || word.Equals("yes", StringComparison.OrdinalIgnoreCase);
        return value || word.Equals("false", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    // A key of one token (tlsAllowInvalidCertificates, ssl_verify, Ssl-Verify): a sentence has spaces.
    private static bool IsSettingName(string key)
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

    // ADO.NET keywords may be written with spaces between their words: "Trust Server Certificate".
    private static bool IsTrustServerCertificateKey(string key)
    {
        var expected = "trustservercertificate";
        var position = 0;
        foreach (var c in key)
        {
            if (c == ' ' && position > 0)
            {
                continue;
            }

            if (position == expected.Length || char.ToLowerInvariant(c) != expected[position])
            {
                return false;
            }

            position++;
        }

        return position == expected.Length;
    }

    private static bool Mentions(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
