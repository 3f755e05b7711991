using System;
using System.Text;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Reads the expiry of a signed JSON Web Token (RFC 7519): a token whose <c>exp</c> has passed authenticates nobody,
/// so specifications' and providers' published examples (the RFC's own, from 2011) and tokens recorded in test
/// fixtures long ago are not secrets. No <c>exp</c>, or a payload that does not decode, counts as still valid.
/// </summary>
internal static class JsonWebTokens
{
    /// <summary>True when <paramref name="token"/> (header.payload.signature) says it expired before now.</summary>
    public static bool HasExpired(string token)
    {
        var firstDot = token.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || secondDot - firstDot > 8192)
        {
            return false;
        }

        var payload = DecodeBase64Url(token, firstDot + 1, secondDot);
        if (payload is null || ReadExpiry(payload) is not { } expiry)
        {
            return false;
        }

        return expiry < DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    }

    // "exp": 1300819380 (seconds since 1970), with any white space around the colon.
    private static long? ReadExpiry(string json)
    {
        var at = json.IndexOf("\"exp\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var i = at + 5;
        while (i < json.Length && json[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        if (i >= json.Length || json[i] != ':')
        {
            return null;
        }

        i++;
        while (i < json.Length && json[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        long value = 0;
        var digits = 0;
        while (i < json.Length && json[i] is >= '0' and <= '9' && digits < 12)
        {
            value = (value * 10) + (json[i] - '0');
            i++;
            digits++;
        }

        return digits > 0 ? value : null;
    }

    private static string? DecodeBase64Url(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start + 3);
        for (var i = start; i < end; i++)
        {
            builder.Append(text[i] switch { '-' => '+', '_' => '/', _ => text[i] });
        }

        while (builder.Length % 4 != 0)
        {
            builder.Append('=');
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(builder.ToString()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
