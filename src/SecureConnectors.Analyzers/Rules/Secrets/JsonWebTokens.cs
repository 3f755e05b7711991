using System;
using System.Text;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Reads the expiry of a signed JSON Web Token (RFC 7519): a token whose <c>exp</c> has passed authenticates nobody,
/// so specifications' and providers' published examples (the RFC's own, from 2011) and tokens recorded in test
/// fixtures long ago are not secrets. No <c>exp</c>, or a payload that does not decode, counts as still valid.
/// Also tells a JWT library's test vector from a token someone was issued (<see cref="NamesNoPrincipal"/>).
/// </summary>
internal static class JsonWebTokens
{
    // Claims that say whom or what a token admits: a subject, an audience, a client, a scope or role, a user's
    // name or address (RFC 7519, OpenID Connect, OAuth 2.0 token exchange, Entra ID, and the claim-type URIs
    // that .NET's token handlers write for ClaimTypes.*).
    private static readonly string[] PrincipalClaims =
    {
        "\"sub\"", "\"aud\"", "\"azp\"", "\"client_id\"", "\"cid\"", "\"appid\"", "\"scope\"", "\"scp\"", "\"role\"",
        "\"roles\"", "\"email\"", "\"upn\"", "\"oid\"", "\"unique_name\"", "\"preferred_username\"", "\"user_id\"", "\"uid\"",
        "\"username\"", "\"nameid\"", "\"act\"", "\"http://schemas.",
    };

    /// <summary>True when <paramref name="token"/> (header.payload.signature) says it expired before now.</summary>
    public static bool HasExpired(string token)
    {
        if (Payload(token) is not { } payload || ReadExpiry(payload) is not { } expiry)
        {
            return false;
        }

        return expiry < DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    }

    /// <summary>
    /// True when the token's payload gives it the anonymous role (<c>"role": "anon"</c>): PostgREST's and Supabase's
    /// anon key, issued to ship in browsers and apps, which grants what the project allows the public. The
    /// service-role key beside it (<c>"role": "service_role"</c>) is a secret and is not this.
    /// </summary>
    public static bool IsAnonymousKey(string token)
    {
        if (Payload(token) is not { } payload)
        {
            return false;
        }

        var at = payload.IndexOf("\"role\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var i = at + "\"role\"".Length;
        while (i < payload.Length && (char.IsWhiteSpace(payload[i]) || payload[i] == ':'))
        {
            i++;
        }

        return string.CompareOrdinal(payload, i, "\"anon\"", 0, "\"anon\"".Length) == 0;
    }

    /// <summary>
    /// True when the token's payload decodes and names no principal: no subject, audience, client, scope, role or
    /// user (<c>{"FirstName":"Jesus","Age":33}</c>, the vectors of JWT libraries' tests). Every identity provider
    /// puts a subject or an audience into the tokens it issues, so such a token was made up to test the encoding,
    /// not captured from a login. Asked in test code only: elsewhere a signed token is kept whatever it says.
    /// </summary>
    public static bool NamesNoPrincipal(string token)
    {
        if (Payload(token) is not { } payload || !payload.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var claim in PrincipalClaims)
        {
            if (payload.IndexOf(claim, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the whole value is one signed token (<c>eyJ…</c>, three base64url segments) that names no principal,
    /// in test code: a library's test vector under whatever name holds it. (An expired token under a secret-like
    /// name is still reported: the code holds it as a credential, and lax verifiers skip <c>exp</c>.)
    /// </summary>
    public static bool IsTestVector(string value, Func<bool> inTestCode)
    {
        var token = value.Trim();
        return IsWholeToken(token) && NamesNoPrincipal(token) && inTestCode();
    }

    private static bool IsWholeToken(string token)
    {
        if (token.Length < 20 || !token.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        var dots = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return false;
            }
        }

        return dots == 2;
    }

    private static string? Payload(string token)
    {
        var firstDot = token.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || secondDot - firstDot > 8192)
        {
            return null;
        }

        return DecodeBase64Url(token, firstDot + 1, secondDot);
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
