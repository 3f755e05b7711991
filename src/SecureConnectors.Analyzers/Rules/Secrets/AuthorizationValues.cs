using System;
using System.Text;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// An HTTP Authorization value carrying a credential: "Bearer &lt;token&gt;", "Basic &lt;base64 of user:password&gt;",
/// "Token ...", "SSWS ...". Such a value is a secret wherever it is written.
/// </summary>
internal static class AuthorizationValues
{
    private static readonly string[] Schemes =
    {
        "Bearer", "Basic", "Token", "Bot", "SSWS", "Digest", "ApiKey", "Api-Key", "Key", "OAuth", "Splunk", "GenieKey", "Klaviyo-API-Key",
    };

    /// <summary>Whether <paramref name="scheme"/> is one whose values this class judges (any case).</summary>
    public static bool IsKnownScheme(string scheme)
    {
        foreach (var known in Schemes)
        {
            if (string.Equals(known, scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="value"/> is "Scheme credential" with a real credential.</summary>
    public static bool CarriesCredential(string value) =>
        TrySplit(value.Trim(), out var scheme, out var credential) && IsCredential(scheme, credential);

    // "Scheme credential": a known scheme (any case), white space, then one word with no white space in it.
    // A character scan rather than a regular expression: it runs for every candidate literal.
    private static bool TrySplit(string value, out string scheme, out string credential)
    {
        scheme = credential = "";
        var end = 0;
        while (end < value.Length && !char.IsWhiteSpace(value[end]))
        {
            end++;
        }

        var start = end;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        if (end == 0 || start == end || start == value.Length)
        {
            return false;
        }

        for (var i = start; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                return false;
            }
        }

        var written = value.Substring(0, end);
        foreach (var known in Schemes)
        {
            if (string.Equals(known, written, StringComparison.OrdinalIgnoreCase))
            {
                scheme = written;
                credential = value.Substring(start);
                return true;
            }
        }

        return false;
    }

    /// <summary>A credential as an Authorization sink receives it, with or without its scheme.</summary>
    /// <remarks>
    /// Judged in the form it has: "Scheme credential" as that header; "user:password" by its password; the base64 of
    /// either as a Basic credential, by what it decodes to; anything else by its shape. A dummy password in a Basic pair
    /// (reports:P@ssw0rd!) is no credential however random its base64 or the pair as a whole looks.
    /// </remarks>
    public static bool IsCredentialValue(string value)
    {
        var trimmed = value.Trim();
        if (TrySplit(trimmed, out var scheme, out var credential))
        {
            return IsCredential(scheme, credential);
        }

        if (Placeholders.IsPlaceholder(trimmed))
        {
            return false;
        }

        if (PairedPassword(trimmed) is { } password)
        {
            return !Placeholders.IsPlaceholder(password) && SecretShape.LooksLikePassword(password);
        }

        return TryDecode(trimmed, out _, out _)
            ? IsCredential("Basic", trimmed)
            : SecretShape.LooksGenerated(trimmed);
    }

    /// <summary>
    /// The password of a Basic credential however it is written: "user:password", its base64, or "Basic" and its base64;
    /// null for any other value.
    /// </summary>
    public static string? PasswordOf(string value)
    {
        var trimmed = value.Trim();
        if (TrySplit(trimmed, out var scheme, out var credential))
        {
            return scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && TryDecode(credential, out _, out var encoded) && encoded.Length > 0 ? encoded : null;
        }

        if (PairedPassword(trimmed) is { } password)
        {
            return password;
        }

        return TryDecode(trimmed, out _, out var decoded) && decoded.Length > 0 ? decoded : null;
    }

    // Base64's alphabet in whole quads, '=' only as the last one or two characters.
    private static bool IsBase64Text(string value)
    {
        if (value.Length < 4 || value.Length % 4 != 0)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var inAlphabet = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '+' or '/';
            if (!inAlphabet && !(c == '=' && i >= value.Length - 2 && (i == value.Length - 1 || value[value.Length - 1] == '=')))
            {
                return false;
            }
        }

        return true;
    }

    // "user:password", the clear text of a Basic credential: a user with no white space, a colon, a password.
    private static string? PairedPassword(string value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            return null;
        }

        for (var i = 0; i < colon; i++)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                return null;
            }
        }

        return value.Substring(colon + 1);
    }

    private static bool IsCredential(string scheme, string credential)
    {
        // An expired signed JWT authenticates nobody, whatever scheme word stands before it: the same reading as the
        // JWT format's by content ("Bearer eyJ..." recorded in a test's data years ago).
        if (Placeholders.IsPlaceholder(credential) || PublishedExamples.IsPublished(credential) || JsonWebTokens.HasExpired(credential))
        {
            return false;
        }

        // A Basic credential that decodes to "user:password" is judged by its password: a dummy pair (user:pass,
        // foo:bar, test:test) is not a credential, however random its base64 looks. One that decodes to a user alone
        // ("user@example.com", "sk_live_...:" with the key as the user) is judged by that user: an API key there is the
        // credential, an e-mail address authenticates nobody.
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && TryDecode(credential, out var user, out var password))
        {
            return password.Length > 0
                ? !Placeholders.IsPlaceholder(password) && SecretShape.LooksLikePassword(password)
                : !Placeholders.IsPlaceholder(user) && (SecretShape.LooksGenerated(user) || SecretContent.Describe(user, HardcodedSecretAnalyzer.Hole) is not null);
        }

        // A Digest value is a credential only with the response the client computed from its password; a server's
        // challenge (realm, nonce, qop, opaque: WWW-Authenticate) carries none.
        if (scheme.Equals("Digest", StringComparison.OrdinalIgnoreCase) && credential.IndexOf("response=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        return SecretShape.LooksGenerated(credential) || (credential.Length >= SecretShape.MachineMadeLength && SecretShape.LooksLikePassword(credential));
    }

    // The clear text of a Basic credential when it is printable text: "user:password", or a user alone ("user" or
    // "user:"). Random bytes are no Basic credential's text, and are judged as written.
    private static bool TryDecode(string credential, out string user, out string password)
    {
        user = password = "";
        if (!IsBase64Text(credential))
        {
            return false; // asked of many literals: no exception for the ones that are plainly not base64
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(credential));
        }
        catch (FormatException)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) || c == '\uFFFD')
            {
                return false;
            }
        }

        var colon = text.IndexOf(':');
        if (colon == 0 || text.Length == 0)
        {
            return false;
        }

        user = colon < 0 ? text : text.Substring(0, colon);
        password = colon < 0 ? "" : text.Substring(colon + 1);
        return true;
    }
}
