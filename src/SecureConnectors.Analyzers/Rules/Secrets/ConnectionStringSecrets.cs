using System;
using System.Collections.Immutable;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Secrets inside connection strings: <c>Password=</c>, <c>Pwd=</c>, <c>AccountKey=</c>, <c>SharedAccessKey=</c>,
/// <c>SharedAccessSignature=</c>, <c>ClientSecret=</c>. Segments are separated by ';' (ADO.NET, Azure) or ','
/// (StackExchange.Redis). A value that is a placeholder, a format item or an interpolation hole is not one.
/// </summary>
internal static class ConnectionStringSecrets
{
    private static readonly char[] NotASettingKeyCharacters = { '?', '&', '/', '"', '<', '{' };

    private static readonly char[] ServerNameEnds = { ',', '\\' };

    private static readonly ImmutableHashSet<string> SecretKeys = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "password", "pwd", "accountkey", "sharedaccesskey", "sharedaccesssignature", "clientsecret", "client_secret",
        "secret", "apikey", "api_key", "token", "accesskey", "secretkey");

    private static readonly ImmutableHashSet<string> ServerKeys = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "server", "datasource", "host", "address", "addr", "networkaddress", "hostname");

    // The Azure Storage emulator's account, published in its documentation and accepted only by the local emulator.
    private const string EmulatorAccount = "devstoreaccount1";

    /// <summary>The name of the first secret setting with a real value, or null.</summary>
    /// <param name="text">The value to read.</param>
    /// <param name="hole">The character that stands for an interpolation hole.</param>
    /// <param name="inTestCode">
    /// Whether the value is in test code, asked only when it matters; unknown (null) is read as test code, the quieter
    /// reading. In test code a server of one label (<c>Server=sqlserver,1433</c>) is a container the test run starts
    /// beside the tests, and a fixture password (<c>P@ssw0rd</c>) is the fixture's; in production code both are real.
    /// </param>
    public static string? FindSecretSetting(string text, char hole, Func<bool>? inTestCode = null)
    {
        if (text.IndexOf('=') < 0 || text.IndexOf(EmulatorAccount, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return null;
        }

        var separator = text.IndexOf(';') >= 0 ? ';' : ',';
        var segments = text.Split(separator);
        if (separator == ',' && !NamesAnEndpoint(segments))
        {
            return null; // "PWD = ~TNA=AMP,VNA=VOL03": key=value pairs of a message, not StackExchange.Redis's configuration
        }

        var settings = 0;
        string? found = null;
        foreach (var segment in segments)
        {
            var equals = segment.IndexOf('=');
            if (equals <= 0)
            {
                if (IsLocalServer(segment) || (IsSingleLabelServer(segment) && InTestCode(inTestCode)))
                {
                    return null; // "localhost:6379,password=...", "redis:6379,password=..." in a test
                }

                continue;
            }

            var key = segment.Substring(0, equals).Trim().Replace(" ", "");
            if (ServerKeys.Contains(key)
                && (IsLocalServer(segment.Substring(equals + 1)) || (IsSingleLabelServer(segment.Substring(equals + 1)) && InTestCode(inTestCode))))
            {
                return null; // a development default for a server on this machine (or, in a test, on the test's own network), not a secret
            }

            if (key.Length == 0 || key.IndexOfAny(NotASettingKeyCharacters) >= 0)
            {
                continue; // a URL query or markup, not a connection-string setting
            }

            settings++;
            var value = segment.Substring(equals + 1).Trim().Trim('\'', '"');
            if (found is null && SecretKeys.Contains(key) && IsRealValue(value, hole, inTestCode))
            {
                found = key;
            }
        }

        // One "key=value" is an assignment in prose or a query; a connection string has several.
        return settings >= 2 ? found : null;
    }

    // StackExchange.Redis's configuration (the one format here separated by commas) names its servers as segments
    // without '=': "cache.contoso.com:6380,password=...,ssl=True".
    private static bool NamesAnEndpoint(string[] segments)
    {
        foreach (var segment in segments)
        {
            var trimmed = segment.Trim();
            if (trimmed.Length > 0 && trimmed.IndexOf('=') < 0 && trimmed.IndexOf(' ') < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InTestCode(Func<bool>? inTestCode) => inTestCode is null || inTestCode();

    // localhost, 127.0.0.1, [::1], (localdb)\MSSQLLocalDB, ".", "(local)", with a tcp: prefix, port or instance.
    private static bool IsLocalServer(string server) => Transport.HostClassifier.IsLoopback(ServerHost(server) ?? "localhost");

    // sqlserver, db:5432, redis: one label, which only a local network or a container network resolves.
    private static bool IsSingleLabelServer(string server) => ServerHost(server) is { } host && Transport.HostClassifier.IsSingleLabel(host);

    // The host a Server/Host/Data Source value names, lower-cased; null for the local server's own spellings.
    private static string? ServerHost(string server)
    {
        var value = server.Trim().Trim('\'', '"').ToLowerInvariant();
        if (value.StartsWith("tcp:", StringComparison.Ordinal))
        {
            value = value.Substring(4);
        }

        if (value is "." or "(local)" || value.StartsWith("(localdb)", StringComparison.Ordinal) || value.StartsWith(".\\", StringComparison.Ordinal))
        {
            return null;
        }

        var end = value.IndexOfAny(ServerNameEnds);
        var host = end < 0 ? value : value.Substring(0, end);
        if (!host.StartsWith("[", StringComparison.Ordinal) && host.IndexOf(':') > 0 && host.IndexOf(':') == host.LastIndexOf(':'))
        {
            host = host.Substring(0, host.IndexOf(':')); // host:port
        }

        return host;
    }

    // A fixture password is a placeholder in test code only: in production code it is a real, and weak, password.
    private static bool IsRealValue(string value, char hole, Func<bool>? inTestCode) =>
        value.Length >= 4
        && !value.StartsWith(Placeholders.StorageEmulatorKeyStart, StringComparison.Ordinal)
        && value.IndexOf(hole) < 0
        && (!Placeholders.IsPlaceholder(value)
            || (Placeholders.IsWeakPassword(value) && !InTestCode(inTestCode)));
}
