using System;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Finds a credential carried by a URL inside a string: a password in the user-info
/// (<c>scheme://user:password@host</c>, any scheme) or a secret query parameter with a real value
/// (<c>api_key=</c>, <c>access_token=</c>, <c>token=</c>, <c>key=</c>, SAS <c>sig=</c>, ...).
/// </summary>
internal static class UrlCredentials
{
    public readonly struct Finding
    {
        public Finding(string origin, string where, int userInfoStart, int userInfoLength)
        {
            Origin = origin;
            Where = where;
            UserInfoStart = userInfoStart;
            UserInfoLength = userInfoLength;
        }

        /// <summary>Scheme and host only, safe to show.</summary>
        public string Origin { get; }

        /// <summary>"user-info" or "query parameter 'api_key'".</summary>
        public string Where { get; }

        /// <summary>Where "user:password@" starts in the text, or -1 for a query parameter.</summary>
        public int UserInfoStart { get; }

        public int UserInfoLength { get; }
    }

    /// <param name="text">The value to search.</param>
    /// <param name="hole">The character that stands for an interpolation hole.</param>
    /// <param name="inTestCode">
    /// Whether the value is in test code, asked only about a signed URL past its own expiry: there it is a recorded
    /// URL (a test's expected value); in production code the code holds it as a credential and it is reported.
    /// </param>
    public static Finding? Find(string text, char hole, Func<bool>? inTestCode = null)
    {
        for (var separator = text.IndexOf("://", StringComparison.Ordinal); separator > 0; separator = text.IndexOf("://", separator + 3, StringComparison.Ordinal))
        {
            var schemeStart = separator;
            while (schemeStart > 0 && IsSchemeChar(text[schemeStart - 1]))
            {
                schemeStart--;
            }

            if (schemeStart == separator)
            {
                continue;
            }

            var end = separator + 3;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '<' or '>' or ';' or ','))
            {
                end++;
            }

            var finding = Inspect(text, schemeStart, separator, end, hole, inTestCode);
            if (finding is not null)
            {
                return finding;
            }
        }

        return text.IndexOf("://", StringComparison.Ordinal) < 0 ? InspectRelative(text, hole, inTestCode) : null;
    }

    // A relative request path or a bare query string, as clients pass them beside a base address:
    // "repos?api_key=...", "?access_token=...". Only a path of URL characters, with no white space, counts.
    private static Finding? InspectRelative(string text, char hole, Func<bool>? inTestCode)
    {
        var query = text.IndexOf('?');
        if (query < 0 || text.IndexOf('=', query) < 0)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '\\')
            {
                return null; // prose, markup or a file path, not a request path
            }

            if (i < query && !(char.IsLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '~' or '%' or '{' or '}' or ':' || c == hole))
            {
                return null;
            }
        }

        var path = text.Substring(0, query);
        var end = text.IndexOf('#', query);
        foreach (var parameter in text.Substring(query + 1, (end < 0 ? text.Length : end) - query - 1).Split('&'))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = parameter.Substring(0, equals);
            string value;
            try
            {
                value = Uri.UnescapeDataString(parameter.Substring(equals + 1));
            }
            catch (UriFormatException)
            {
                continue;
            }

            if (IsSecretParameter(name, value, hole) && !(inTestCode is not null && SignedUrlExpiry.IsExpiredEdgeToken(value) && inTestCode()))
            {
                var origin = path.Length > 0 && QuotableText.IsSafeToQuote(path.Replace(hole, '_')) ? path.Replace(hole.ToString(), "{…}") : "relative";
                return new Finding(origin, QuotableText.IsSafeToQuote(name) ? $"query parameter '{name}'" : "query parameter", -1, 0);
            }
        }

        return null;
    }

    private static Finding? Inspect(string text, int schemeStart, int separator, int end, char hole, Func<bool>? inTestCode)
    {
        var scheme = text.Substring(schemeStart, separator - schemeStart);
        // otpauth://totp/Issuer:user?secret=...: an authenticator app's enrolment payload (a QR code's text), sent nowhere;
        // in test code its seed is the test's own fixture, as a seed is enrolled per user. In production code a committed
        // seed is still reported.
        if (scheme.Equals("otpauth", StringComparison.OrdinalIgnoreCase) && inTestCode is not null && inTestCode())
        {
            return null;
        }

        var authorityStart = separator + 3;
        var authorityEnd = authorityStart;
        while (authorityEnd < end && text[authorityEnd] is not ('/' or '?' or '#'))
        {
            authorityEnd++;
        }

        var authority = text.Substring(authorityStart, authorityEnd - authorityStart);
        var at = authority.LastIndexOf('@');
        var host = at >= 0 ? authority.Substring(at + 1) : authority;
        if (Transport.HostClassifier.IsLoopback(HostName(host).ToLowerInvariant()))
        {
            return null; // a development default for a server on this machine
        }

        var origin = scheme + "://" + host.Replace(hole.ToString(), "{…}");

        if (at > 0)
        {
            var userInfo = authority.Substring(0, at);
            var colon = userInfo.IndexOf(':');
            if (colon >= 0 && IsRealPassword(Unescaped(userInfo.Substring(colon + 1)), hole, inTestCode))
            {
                return new Finding(origin, "user-info", authorityStart, at + 1);
            }
        }

        var query = text.IndexOf('?', authorityEnd);
        if (query < 0 || query >= end)
        {
            return null;
        }

        var queryText = text.Substring(query + 1, end - query - 1);
        foreach (var parameter in queryText.Split('&'))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = parameter.Substring(0, equals);
            string value;
            try
            {
                value = Uri.UnescapeDataString(parameter.Substring(equals + 1).Split('#')[0]);
            }
            catch (UriFormatException)
            {
                continue; // .NET Framework hosts (Visual Studio) throw on a malformed escape where .NET keeps the text
            }

            if (IsSecretParameter(name, value, hole)
                && !(inTestCode is not null
                    && ((SignedUrlExpiry.IsSignature(name) && SignedUrlExpiry.HasExpired(queryText)) || SignedUrlExpiry.IsExpiredEdgeToken(value))
                    && inTestCode()))
            {
                // The name is shown only when it is a name: a secret-shaped one may be the credential itself.
                return new Finding(origin, QuotableText.IsSafeToQuote(name) ? $"query parameter '{name}'" : "query parameter", -1, 0);
            }
        }

        return null;
    }

    // A user-info password is percent-encoded ("P%40ssword" for "P@ssword"): judged as the server will read it.
    private static string Unescaped(string text)
    {
        if (text.IndexOf('%') < 0)
        {
            return text;
        }

        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text; // .NET Framework hosts throw on a malformed escape where .NET keeps the text
        }
    }

    private static string HostName(string hostAndPort)
    {
        if (hostAndPort.StartsWith("[", StringComparison.Ordinal))
        {
            var close = hostAndPort.IndexOf(']');
            return close < 0 ? hostAndPort : hostAndPort.Substring(0, close + 1);
        }

        var colon = hostAndPort.IndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.Substring(0, colon);
    }

    private static bool IsSecretParameter(string name, string value, char hole)
    {
        if (!IsRealValue(value, hole))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        if (lower is "x-amz-credential" or "x-goog-credential")
        {
            return false; // the access key's id and the signature's scope (AKIA.../20200501/us-east-1/s3/aws4_request), not its secret
        }

        if (lower is "sig" or "signature" or "x-amz-signature" or "password" or "pwd" or "passwd")
        {
            return value.Length >= 8;
        }

        var named = lower == "key" || SecretNames.Classify(name) != SecretKind.None;
        return named && (SecretShape.LooksGenerated(value) || (value.Length >= 16 && SecretShape.LooksLikePassword(value)));
    }

    // A fixture password (P@ssw0rd) is a placeholder in test code only; in production code it is a real, weak one.
    // Unknown (no inTestCode) is read as test code, the quieter reading.
    private static bool IsRealPassword(string password, char hole, Func<bool>? inTestCode) =>
        IsRealValue(password, hole)
        || (password.IndexOf(hole) < 0 && Placeholders.IsWeakPassword(password) && inTestCode is not null && !inTestCode());

    private static bool IsRealValue(string value, char hole) =>
        value.Length > 0 && value.IndexOf(hole) < 0 && !Placeholders.IsPlaceholder(value);

    private static bool IsSchemeChar(char c) => char.IsLetterOrDigit(c) || c is '+' or '-' or '.';
}
