using System.Text.RegularExpressions;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// <c>TrustServerCertificate=True</c> (or <c>Trust Server Certificate=yes</c>) in a SQL Server connection string:
/// the client encrypts but accepts any server certificate.
/// </summary>
internal static class ConnectionStringTrust
{
    private static readonly Regex TrustedSetting = new(
        @"(?:^|;)\s*Trust\s*Server\s*Certificate\s*=\s*(?<value>['""]?(?:true|yes)['""]?)\s*(?:;|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        System.TimeSpan.FromMilliseconds(100));

    public static bool MayContainSetting(string text) =>
        text.IndexOf("certificate", System.StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Finds the value of an enabled setting (its index and length in <paramref name="text"/>).</summary>
    public static bool TryFindTrustedValue(string text, out int index, out int length)
    {
        index = length = 0;
        try
        {
            var match = TrustedSetting.Match(text);
            if (!match.Success)
            {
                return false;
            }

            var value = match.Groups["value"];
            index = value.Index;
            length = value.Length;
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
