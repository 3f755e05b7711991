namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A connection string setting that turns transport encryption off: SQL Server's <c>Encrypt=False</c> (or
/// <c>no</c>, <c>Optional</c>), Npgsql's <c>SSL Mode=Disable</c> (or <c>Allow</c>, which tries plain text first),
/// MySQL's <c>SslMode=None</c> (or <c>Disabled</c>), and <c>tls=false</c> or <c>ssl=false</c> in a URI's query or a
/// StackExchange.Redis configuration, and an Azure Storage account's <c>DefaultEndpointsProtocol=http</c>. Each comes with the value that turns it back on and validates the server:
/// <c>True</c>, <c>VerifyFull</c>, <c>true</c>, <c>https</c>.
/// </summary>
internal static class PlainConnectionSettings
{
    /// <summary>A cheap first look for the literals of a build.</summary>
    public static bool MayContainSetting(string text) =>
        text.IndexOf('=') > 0
        && (ConnectionStringScanner.Mentions(text, "encrypt") || ConnectionStringScanner.Mentions(text, "ssl") || ConnectionStringScanner.Mentions(text, "tls")
            || ConnectionStringScanner.Mentions(text, "endpointsprotocol"));

    /// <summary>The first setting of <paramref name="text"/> that turns encryption off, with its secure value.</summary>
    public static bool TryFind(string text, out ConnectionStringSetting setting, out string secureValue)
    {
        ConnectionStringSetting found = default;
        string? secure = null;
        var any = ConnectionStringScanner.Any(text, (key, index, length) =>
        {
            secure = SecureValueFor(ConnectionStringScanner.Normalized(key), text, index, length);
            if (secure is null)
            {
                return false;
            }

            found = new ConnectionStringSetting(key, index, length, isTrustServerCertificate: false);
            return true;
        });
        setting = found;
        secureValue = secure ?? "";
        return any;
    }

    private static string? SecureValueFor(string key, string text, int index, int length)
    {
        bool Is(string word) => ConnectionStringScanner.ValueIs(text, index, length, word);

        return key switch
        {
            "encrypt" when Is("false") || Is("no") || Is("optional") => Cased(text, index, "True"),
            "sslmode" when Is("disable") || Is("allow") || Is("none") || Is("disabled") => "VerifyFull",
            "tls" or "ssl" when Is("false") => Cased(text, index, "True"),
            "defaultendpointsprotocol" when Is("http") => "https",
            _ => null,
        };
    }

    // False -> True, false -> true: the secure value as the original was written.
    private static string Cased(string text, int index, string word) =>
        char.IsUpper(text[index]) ? word : word.ToLowerInvariant();
}
