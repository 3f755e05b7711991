using System;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Shape gates for values that were found by their name or sink rather than by a provider format: a secret is
/// machine-made (long, varied) or at least password-like; identifiers, digests, words and paths are not.
/// </summary>
internal static class SecretShape
{
    /// <summary>The least length of a machine-made secret (token, key, client secret), as SC1001's page documents.</summary>
    public const int MachineMadeLength = 16;

    // Plain character loops, not regular expressions: these run on every string literal of a build, and a
    // regex timeout under CPU contention would throw out of the analyzer (AD0001).

    /// <summary>A GUID in its 8-4-4-4-12 hex form, optionally in braces.</summary>
    public static bool IsGuid(string value)
    {
        var start = 0;
        var end = value.Length;
        if (end > 0 && value[0] == '{')
        {
            if (value[end - 1] != '}')
            {
                return false;
            }

            start = 1;
            end--;
        }
        else if (end > 0 && value[end - 1] == '}')
        {
            return false;
        }

        if (end - start != 36)
        {
            return false;
        }

        for (var i = 0; i < 36; i++)
        {
            var c = value[start + i];
            var ok = i is 8 or 13 or 18 or 23 ? c == '-' : Uri.IsHexDigit(c);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Only letters and separators: a name, a setting key, a route segment, a word
    /// (payroll-api-key, Partner:ClientSecret, connectors.ledger.token, PAYROLL_API_KEY, kv/payroll/token).
    /// Words of ASCII letters joined by single '-', '_', ':', '.' or '/'.
    /// </summary>
    public static bool IsResourceName(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var previousWasLetter = false;
        foreach (var c in value)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                previousWasLetter = true;
            }
            else if (c is '-' or '_' or ':' or '.' or '/' && previousWasLetter)
            {
                previousWasLetter = false;
            }
            else
            {
                return false;
            }
        }

        return previousWasLetter;
    }

    /// <summary>
    /// A value that describes what belongs in its place, written as words: two or more words joined by '_', '-',
    /// '.', ':', '$', '|' or '+' (access_token$development$merchant_id, app-dev-only-do-not-use-in-prod-32+chars-min), each word letters in word case (lower, upper or Capitalised) with at most two digits after
    /// them, or after the first word a counter of one or two digits (integration2_private_key, test-api-key-1,
    /// SANDBOX_CLIENT_SECRET_2) or a year among at least three words (portal-signing-key-2026-local-only). People write such names for
    /// fixtures and templates; neither a provider nor a person choosing a password makes values of that shape.
    /// </summary>
    public static bool IsSelfDescribingName(string value)
    {
        var words = 0;
        var years = 0;
        var i = 0;
        while (i <= value.Length)
        {
            var start = i;
            while (i < value.Length && value[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                i++;
            }

            // a word, or (after the first) a counter of one or two digits alone: SANDBOX_CLIENT_SECRET_2
            var isCounter = i == start && words > 0;
            if (!isCounter && (i - start < 2 || !IsWordCase(value, start, i)))
            {
                return false;
            }

            var digits = 0;
            while (i < value.Length && value[i] is >= '0' and <= '9')
            {
                i++;
                digits++;
            }

            // signing-key-2026-local-only: a year among the words dates the phrase, as a version would
            var isYear = isCounter && digits == 4 && IsYear(value, i - 4);
            if ((digits > 2 && !isYear) || (isCounter && digits == 0))
            {
                return false;
            }

            years += isYear ? 1 : 0;
            words++;
            if (i == value.Length)
            {
                // a year needs three words beside it: "Summer-2024" is a password people choose, not a phrase
                return words >= 2 && (years == 0 || words - years >= 3);
            }

            if (value[i] is not ('_' or '-' or '.' or ':' or '$' or '|' or '+'))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private static bool IsYear(string value, int start) =>
        (value[start] == '1' && value[start + 1] == '9') || (value[start] == '2' && value[start + 1] == '0');

    // "private", "PRIVATE", "Private": a word; "pRiVaTe" or "priVATE" is not.
    private static bool IsWordCase(string value, int start, int end)
    {
        bool anyLower = false, anyUpperAfterFirst = false;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(value[i]))
            {
                anyLower = true;
            }
            else if (i > start)
            {
                anyUpperAfterFirst = true;
            }
        }

        return !(anyLower && anyUpperAfterFirst);
    }

    /// <summary>Machine-made: at least 16 characters without white space and with high entropy for their alphabet.</summary>
    public static bool LooksGenerated(string value)
    {
        if (value.Length < MachineMadeLength || HasWhiteSpace(value) || IsGuid(value) || IsResourceName(value) || IsSelfDescribingName(value) || LooksLikeUrlOrPath(value))
        {
            return false;
        }

        var classes = CharacterClasses(value);
        var entropy = ShannonEntropy(value);

        // Decimal secrets (Salesforce's 19-digit consumer secrets) use 10 symbols, at most 3.3 bits per character: a
        // date, a timestamp or a card-like test number repeats too much to reach 2.6.
        if (IsDecimal(value))
        {
            return entropy >= 2.6;
        }

        // Hex secrets use 16 symbols (at most 4 bits per character); base64 and alphanumerics use more.
        return IsHex(value) ? value.Length >= 24 && entropy >= 3.0 : classes >= 2 && entropy >= 3.5;
    }

    /// <summary>
    /// Good enough for an explicit password sink: 6+ characters, no white space, not a lone word or name, and
    /// either mixed character classes or machine-made.
    /// </summary>
    public static bool LooksLikePassword(string value)
    {
        if (value.Length < 6 || HasWhiteSpace(value) || IsResourceName(value) || IsSelfDescribingName(value) || LooksLikeUrlOrPath(value))
        {
            return false;
        }

        return CharacterClasses(value) >= 2 || LooksGenerated(value);
    }

    /// <summary>
    /// The value names something (a name, route, GUID, URL, URN such as <c>urn:uuid:...</c>, a file such as
    /// <c>../../Resources/credentials.pfx</c> or <c>certs/client-secret.json</c>) instead of being a secret.
    /// </summary>
    public static bool LooksLikeUrlOrPath(string value) =>
        (value.StartsWith("/", StringComparison.Ordinal) && !IsBase64KeyMaterial(value))
        || value.StartsWith("~/", StringComparison.Ordinal)
        || value.StartsWith("./", StringComparison.Ordinal)
        || value.StartsWith("../", StringComparison.Ordinal)
        || value.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)
        || value.IndexOf("://", StringComparison.Ordinal) >= 0
        || value.IndexOf('\\') >= 0
        || IsFilePath(value);

    // Base64 of 24 bytes or more starts with '/' one time in 64: "/p7MAQ4Gn+xhukIH...". A path of that length has words
    // (low entropy) or a dot; random key material is all base64 characters, a multiple of four long, and dense.
    private static bool IsBase64KeyMaterial(string value)
    {
        if (value.Length < 32 || value.Length % 4 != 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not ('+' or '/' or '='))
            {
                return false;
            }
        }

        return ShannonEntropy(value) >= 4.5;
    }

    // folder/name.ext: a slash, then a last segment of file-name characters that ends in a dot and two to five letters
    // (.pfx, .pem, .json, .p12, .key). Base64 has no dot, and a password with a slash rarely ends like a file name.
    private static bool IsFilePath(string value)
    {
        var slash = value.LastIndexOf('/');
        var dot = value.LastIndexOf('.');
        if (slash < 0 || dot <= slash + 1 || value.Length - dot - 1 is < 2 or > 5)
        {
            return false;
        }

        for (var i = dot + 1; i < value.Length; i++)
        {
            if (!char.IsLetterOrDigit(value[i]) || (i == dot + 1 && !char.IsLetter(value[i])))
            {
                return false;
            }
        }

        for (var i = slash + 1; i < dot; i++)
        {
            if (!(char.IsLetterOrDigit(value[i]) || value[i] is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDecimal(string value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    public static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    public static double ShannonEntropy(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        var counts = new System.Collections.Generic.Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
        }

        double entropy = 0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    private static int CharacterClasses(string value)
    {
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in value)
        {
            if (char.IsLower(c)) lower = true;
            else if (char.IsUpper(c)) upper = true;
            else if (char.IsDigit(c)) digit = true;
            else symbol = true;
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
