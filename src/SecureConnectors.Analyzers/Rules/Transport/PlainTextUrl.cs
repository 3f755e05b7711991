using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A string that is, as a whole, an absolute URL with a plain-text scheme (http, ws, ftp). Text that merely
/// mentions a URL (a sentence, a JSON or XML document) is not one: it contains white space or does not start
/// with the scheme.
/// </summary>
internal readonly struct PlainTextUrl
{
    /// <summary>Stands in for an interpolation hole in the text of an interpolated string.</summary>
    public const char Hole = '\u0001';

    private PlainTextUrl(string scheme, string secureScheme, string host, bool hostHasHole)
    {
        Scheme = scheme;
        SecureScheme = secureScheme;
        Host = host;
        HostHasHole = hostHasHole;
    }

    /// <summary>The scheme as written (its case kept), e.g. "http" or "HTTP".</summary>
    public string Scheme { get; }

    /// <summary>The TLS counterpart in the same case: https, wss, ftps.</summary>
    public string SecureScheme { get; }

    /// <summary>The host, lower-cased; an IPv6 literal keeps its brackets.</summary>
    public string Host { get; }

    /// <summary>True when part of the host comes from an interpolation hole.</summary>
    public bool HostHasHole { get; }

    /// <summary>A quick test worth doing before any parsing: does the text contain a scheme separator at all?</summary>
    public static bool MayContainUrl(string text) => text.IndexOf("://", StringComparison.Ordinal) > 0;

    public static bool TryParse(string text, out PlainTextUrl url)
    {
        url = default;
        var trimmed = text.Trim();
        var separator = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var scheme = trimmed.Substring(0, separator);
        var secureScheme = SecureCounterpart(scheme);
        if (secureScheme is null)
        {
            return false;
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]) || trimmed[i] == '"' || trimmed[i] == '<' || trimmed[i] == '>')
            {
                return false; // prose or markup that mentions a URL, not a URL
            }
        }

        var authorityStart = separator + 3;
        var authorityEnd = trimmed.IndexOfAny(new[] { '/', '?', '#' }, authorityStart);
        var authority = authorityEnd < 0 ? trimmed.Substring(authorityStart) : trimmed.Substring(authorityStart, authorityEnd - authorityStart);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        var host = HostOf(authority);
        if (host.Length == 0)
        {
            return false;
        }

        url = new PlainTextUrl(scheme, secureScheme, host.ToLowerInvariant(), host.IndexOf(Hole) >= 0);
        return true;
    }

    /// <summary>The TLS scheme for a plain-text one, in the same case; null for any other scheme.</summary>
    public static string? SecureCounterpart(string scheme)
    {
        var upper = scheme.Length > 0 && char.IsUpper(scheme[0]);
        string? secure = scheme.ToLowerInvariant() switch
        {
            "http" => "https",
            "ws" => "wss",
            "ftp" => "ftps",
            _ => null,
        };
        return secure is not null && upper ? secure.ToUpperInvariant() : secure;
    }

    private static string HostOf(string authority)
    {
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return close < 0 ? "" : authority.Substring(0, close + 1);
        }

        var colon = authority.IndexOf(':');
        return colon < 0 ? authority : authority.Substring(0, colon);
    }
}
