using System;
using System.Globalization;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Reads when a pre-signed URL's signature stops working, from the URL's own parameters: AWS Signature V4
/// (<c>X-Amz-Date</c> + <c>X-Amz-Expires</c>), Google Cloud Storage V4 (<c>X-Goog-Date</c> + <c>X-Goog-Expires</c>),
/// AWS Signature V2 (<c>Expires</c>, seconds since 1970), Azure shared access signatures (<c>se</c>) and edge
/// authorization tokens (<c>exp</c> inside <c>st=...~exp=...~hmac=...</c>). A signature
/// whose URL has expired authorizes nothing: in test code such a URL is a recorded value (a test's expected value), no
/// credential. (In production code the code holds the URL as a credential and it stays reported, expired or not.) No
/// expiry, or one that does not parse, counts as still valid.
/// </summary>
internal static class SignedUrlExpiry
{
    private static readonly string[] SignedDateFormats = { "yyyyMMdd'T'HHmmss'Z'" };

    private static readonly string[] SasDateFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd",
    };

    /// <summary>Whether the signature parameter <paramref name="name"/> is one this type reads the expiry of.</summary>
    public static bool IsSignature(string name) =>
        name.Equals("sig", StringComparison.OrdinalIgnoreCase)
        || name.Equals("signature", StringComparison.OrdinalIgnoreCase)
        || name.Equals("x-amz-signature", StringComparison.OrdinalIgnoreCase)
        || name.Equals("x-goog-signature", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the text at <paramref name="at"/> is the value of a signed URL's <c>X-Amz-Credential</c> or
    /// <c>X-Goog-Credential</c> parameter (the access key's id and the signature's scope) in a URL that has expired.
    /// </summary>
    public static bool IsCredentialOfExpiredUrl(string text, int at)
    {
        if (!EndsWithAt(text, at, "X-Amz-Credential=") && !EndsWithAt(text, at, "X-Goog-Credential="))
        {
            return false;
        }

        var query = text.LastIndexOf('?', at) + 1;
        if (query == 0)
        {
            return false;
        }

        var end = query;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '#' or '<'))
        {
            end++;
        }

        return HasExpired(text.Substring(query, end - query));
    }

    private static bool EndsWithAt(string text, int at, string name) =>
        at >= name.Length && string.Compare(text, at - name.Length, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// An edge authorization token (Akamai's EdgeAuth, which Cloudinary's <c>__cld_token__</c> and many CDNs use:
    /// <c>st=...~exp=...~acl=...~hmac=...</c>) whose <c>exp</c>, seconds since 1970, has passed.
    /// </summary>
    public static bool IsExpiredEdgeToken(string value)
    {
        if (value.IndexOf('~') < 0 || value.IndexOf("hmac=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var field in value.Split('~'))
        {
            if (field.StartsWith("exp=", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(field.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
                && unix < 253402300799)
            {
                return DateTimeOffset.FromUnixTimeSeconds(unix) < DateTimeOffset.UtcNow;
            }
        }

        return false;
    }

    /// <summary>True when the query (without '?', parameters joined by '&amp;') says the signature expired before now.</summary>
    public static bool HasExpired(string query)
    {
        string? signedAt = null, lifetime = null, expires = null, sasEnd = null;
        foreach (var parameter in query.Split('&'))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = parameter.Substring(0, equals);
            var value = parameter.Substring(equals + 1);
            if (name.Equals("X-Amz-Date", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Goog-Date", StringComparison.OrdinalIgnoreCase))
            {
                signedAt = value;
            }
            else if (name.Equals("X-Amz-Expires", StringComparison.OrdinalIgnoreCase) || name.Equals("X-Goog-Expires", StringComparison.OrdinalIgnoreCase))
            {
                lifetime = value;
            }
            else if (name.Equals("Expires", StringComparison.OrdinalIgnoreCase))
            {
                expires = value;
            }
            else if (name == "se")
            {
                sasEnd = Unescape(value);
            }
        }

        var expiry = ExpiryOf(signedAt, lifetime, expires, sasEnd);
        return expiry is { } end && end < DateTimeOffset.UtcNow;
    }

    private static DateTimeOffset? ExpiryOf(string? signedAt, string? lifetime, string? expires, string? sasEnd)
    {
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (signedAt is not null && lifetime is not null
            && DateTime.TryParseExact(signedAt, SignedDateFormats, CultureInfo.InvariantCulture, styles, out var signed)
            && long.TryParse(lifetime, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= 7 * 24 * 3600
            && signed < DateTime.MaxValue.AddDays(-8))
        {
            return new DateTimeOffset(signed, TimeSpan.Zero).AddSeconds(seconds);
        }

        if (expires is not null && long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) && unix < 253402300799)
        {
            return DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        if (sasEnd is not null && DateTime.TryParseExact(sasEnd, SasDateFormats, CultureInfo.InvariantCulture, styles, out var end))
        {
            return new DateTimeOffset(end, TimeSpan.Zero);
        }

        return null;
    }

    private static string Unescape(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
