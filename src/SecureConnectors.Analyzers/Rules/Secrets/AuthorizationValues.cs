using System;
using System.Text;
using System.Text.RegularExpressions;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// An HTTP Authorization value carrying a credential: "Bearer &lt;token&gt;", "Basic &lt;base64 of user:password&gt;",
/// "Token ...", "SSWS ...". Such a value is a secret wherever it is written.
/// </summary>
internal static class AuthorizationValues
{
    private static readonly Regex SchemeAndCredential = new(
        @"^(?<scheme>Bearer|Basic|Token|Bot|SSWS|Digest|ApiKey|Api-Key|Key|OAuth|Splunk|GenieKey|Klaviyo-API-Key)\s+(?<credential>\S+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(50));

    /// <summary>True when <paramref name="value"/> is "Scheme credential" with a real credential.</summary>
    public static bool CarriesCredential(string value)
    {
        Match match;
        try
        {
            match = SchemeAndCredential.Match(value.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        return match.Success && IsCredential(match.Groups["scheme"].Value, match.Groups["credential"].Value);
    }

    /// <summary>A credential as an Authorization sink receives it, with or without its scheme.</summary>
    public static bool IsCredentialValue(string value) =>
        CarriesCredential(value)
        || (!Placeholders.IsPlaceholder(value) && (SecretShape.LooksGenerated(value.Trim()) || IsUserAndPassword(value.Trim())));

    // "user:password", the clear text of a Basic credential.
    private static bool IsUserAndPassword(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            return false;
        }

        var password = value.Substring(colon + 1);
        return !Placeholders.IsPlaceholder(password) && SecretShape.LooksLikePassword(password);
    }

    private static bool IsCredential(string scheme, string credential)
    {
        if (Placeholders.IsPlaceholder(credential))
        {
            return false;
        }

        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && DecodesToUserAndPassword(credential))
        {
            return true;
        }

        return SecretShape.LooksGenerated(credential) || (credential.Length >= 12 && SecretShape.LooksLikePassword(credential));
    }

    private static bool DecodesToUserAndPassword(string credential)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(credential));
            var colon = text.IndexOf(':');
            return colon > 0 && colon < text.Length - 1 && !Placeholders.IsPlaceholder(text.Substring(colon + 1));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
