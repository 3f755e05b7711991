using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A string that is, as a whole, an absolute URL with a plain-text scheme (http, ws, ftp, and the message brokers'
/// amqp and mqtt, whose credentials travel in the clear as HTTP's do). Text that merely
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

    /// <summary>The TLS counterpart in the same case: https, wss, ftps, amqps, mqtts.</summary>
    public string SecureScheme { get; }

    /// <summary>The host, lower-cased; an IPv6 literal keeps its brackets.</summary>
    public string Host { get; }

    /// <summary>True when part of the host comes from an interpolation hole.</summary>
    public bool HostHasHole { get; }

    /// <summary>A quick test worth doing before any parsing: does the text contain a scheme separator at all?</summary>
    private static readonly char[] AuthorityEnds = { '/', '?', '#' };

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
        var authorityEnd = trimmed.IndexOfAny(AuthorityEnds, authorityStart);
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

        // string.Format("http://{0}/...") and "http://{0}.api.contoso.com": a format item in the host is a hole
        host = FormatItemsAsHoles(host);
        url = new PlainTextUrl(scheme, secureScheme, host.ToLowerInvariant(), host.IndexOf(Hole) >= 0);
        return true;
    }

    /// <summary>
    /// A plain-text URL given as a value in a JSON document held in a string (a request payload, a configuration
    /// snippet): <c>{ "callbackUrl": "http://hooks.contoso.com/" }</c>; the first value that
    /// <paramref name="isEndpoint"/> accepts, given its key.
    /// </summary>
    public static bool TryFindInJson(string text, Func<string, PlainTextUrl, bool> isEndpoint, out PlainTextUrl url)
    {
        url = default;
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            return false;
        }

        for (var quote = text.IndexOf("\"", StringComparison.Ordinal); quote >= 0 && quote + 1 < text.Length; quote = text.IndexOf('"', quote + 1))
        {
            var close = text.IndexOf('"', quote + 1);
            if (close < 0)
            {
                return false;
            }

            var value = text.Substring(quote + 1, close - quote - 1);
            if (value.IndexOf("://", StringComparison.Ordinal) > 0
                && TryParse(value, out var candidate)
                && isEndpoint(KeyBefore(text, quote), candidate))
            {
                url = candidate;
                return true;
            }

            quote = close;
        }

        return false;
    }

    // The JSON key of the value that starts at the quote: "key" : "value".
    private static string KeyBefore(string text, int valueQuote)
    {
        var i = valueQuote - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < 0 || text[i] != ':')
        {
            return "";
        }

        var keyEnd = text.LastIndexOf('"', i);
        var keyStart = keyEnd > 0 ? text.LastIndexOf('"', keyEnd - 1) : -1;
        return keyStart >= 0 ? text.Substring(keyStart + 1, keyEnd - keyStart - 1) : "";
    }

    private static string FormatItemsAsHoles(string host)
    {
        var open = host.IndexOf('{');
        if (open < 0)
        {
            return host;
        }

        var builder = new System.Text.StringBuilder(host.Length);
        for (var i = 0; i < host.Length; i++)
        {
            if (host[i] == '{')
            {
                var end = i + 1;
                while (end < host.Length && host[end] is >= '0' and <= '9')
                {
                    end++;
                }

                if (end > i + 1 && end < host.Length && host[end] == '}')
                {
                    builder.Append(Hole);
                    i = end;
                    continue;
                }
            }

            builder.Append(host[i]);
        }

        return builder.ToString();
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
            "amqp" => "amqps",
            "mqtt" => "mqtts",
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
