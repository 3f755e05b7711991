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
        && (ConnectionStringScanner.Mentions(text, "cert") || ConnectionStringScanner.Mentions(text, "tls") || ConnectionStringScanner.Mentions(text, "ssl") || ConnectionStringScanner.Mentions(text, "x509"));

    /// <summary>The first setting of <paramref name="text"/> that turns validation off.</summary>
    /// <remarks>A scan of the separated settings, not a regular expression: it runs for string literals of every build.</remarks>
    public static bool TryFind(string text, out ConnectionStringSetting setting)
    {
        ConnectionStringSetting found = default;
        var any = ConnectionStringScanner.Any(text, (key, index, length) =>
        {
            bool value;
            if (ConnectionStringScanner.ValueIs(text, index, length, "true") || ConnectionStringScanner.ValueIs(text, index, length, "yes"))
            {
                value = true;
            }
            else if (ConnectionStringScanner.ValueIs(text, index, length, "false") || ConnectionStringScanner.ValueIs(text, index, length, "no"))
            {
                value = false;
            }
            else
            {
                return false;
            }

            var isTrustServerCertificate = IsTrustServerCertificateKey(key);
            var disabling = isTrustServerCertificate ? true : ConnectionStringScanner.IsSettingName(key) ? CertificateTrustSettings.DisablingValue(key) : null;
            if (disabling != value)
            {
                return false;
            }

            found = new ConnectionStringSetting(key, index, length, isTrustServerCertificate);
            return true;
        });
        setting = found;
        return any;
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
}
