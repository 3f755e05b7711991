using System;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Private keys in their text forms: every PEM kind (<c>-----BEGIN [RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|...]
/// PRIVATE KEY[ BLOCK]-----</c>), the SSH2 form (<c>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----</c>) and PuTTY
/// key files (<c>PuTTY-User-Key-File-N</c> with its <c>Private-Lines</c>), and .NET's XML form
/// (<c>RSA.ToXmlString(true)</c>: <c>&lt;RSAKeyValue&gt;</c> with its private exponent <c>&lt;D&gt;</c>; DSA's with <c>&lt;X&gt;</c>).
/// A header alone, or one followed by filler, is documentation; a key has at least 40 characters of base64 body.
/// </summary>
internal static class PrivateKeyBlocks
{
    private const int LeastBody = 40;

    public static bool ContainsPemPrivateKey(string text)
    {
        for (var at = text.IndexOf("PRIVATE KEY", StringComparison.Ordinal); at >= 0; at = text.IndexOf("PRIVATE KEY", at + 1, StringComparison.Ordinal))
        {
            if (IsHeader(text, at, out var bodyStart) && HasKeyBody(text, bodyStart))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsPuttyPrivateKey(string text)
    {
        var header = text.IndexOf("PuTTY-User-Key-File-", StringComparison.Ordinal);
        if (header < 0)
        {
            return false;
        }

        var lines = text.IndexOf("Private-Lines:", header, StringComparison.Ordinal);
        if (lines < 0)
        {
            return false;
        }

        var bodyStart = text.IndexOf('\n', lines);
        return bodyStart >= 0 && HasKeyBody(text, bodyStart + 1);
    }

    /// <summary>
    /// An <c>&lt;RSAKeyValue&gt;</c> with a <c>&lt;D&gt;</c> element, or a <c>&lt;DSAKeyValue&gt;</c> with an <c>&lt;X&gt;</c>,
    /// holding a base64 body: the private half. A public key (modulus and exponent only) has neither.
    /// </summary>
    public static bool ContainsXmlPrivateKey(string text) =>
        HasPrivateElement(text, "<RSAKeyValue>", "</RSAKeyValue>", "<D>", "</D>")
        || HasPrivateElement(text, "<DSAKeyValue>", "</DSAKeyValue>", "<X>", "</X>");

    private static bool HasPrivateElement(string text, string open, string close, string elementOpen, string elementClose)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        var end = text.IndexOf(close, start, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        var element = text.IndexOf(elementOpen, start, end - start, StringComparison.Ordinal);
        if (element < 0)
        {
            return false;
        }

        var bodyStart = element + elementOpen.Length;
        var bodyEnd = text.IndexOf(elementClose, bodyStart, end - bodyStart, StringComparison.Ordinal);
        if (bodyEnd < 0)
        {
            return false;
        }

        var body = text.Substring(bodyStart, bodyEnd - bodyStart).Trim();
        foreach (var c in body)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '/' or '='))
            {
                return false;
            }
        }

        return body.Length >= LeastBody && !Placeholders.IsFiller(body);
    }

    // "-----BEGIN <kind> PRIVATE KEY-----" or "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----" on one line.
    private static bool IsHeader(string text, int privateKey, out int bodyStart)
    {
        bodyStart = -1;
        var lineStart = text.LastIndexOf('\n', privateKey) + 1;
        var begin = text.IndexOf("BEGIN", lineStart, privateKey - lineStart, StringComparison.Ordinal);
        if (begin < 0 || privateKey - begin > 100 || DashesBefore(text, begin, lineStart) < 4)
        {
            return false;
        }

        var after = privateKey + "PRIVATE KEY".Length;
        if (string.CompareOrdinal(text, after, " BLOCK", 0, 6) == 0)
        {
            after += 6;
        }

        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (string.CompareOrdinal(text, after, "----", 0, 4) != 0)
        {
            return false;
        }

        while (after < text.Length && text[after] == '-')
        {
            after++;
        }

        bodyStart = after;
        return true;
    }

    // "-----" or "---- " just before BEGIN.
    private static int DashesBefore(string text, int begin, int lineStart)
    {
        var i = begin - 1;
        if (i >= lineStart && text[i] == ' ')
        {
            i--;
        }

        var dashes = 0;
        while (i >= lineStart && text[i] == '-')
        {
            dashes++;
            i--;
        }

        return dashes;
    }

    // The base64 characters up to the footer (or the end): at least 40, and not filler. Header fields
    // (Proc-Type: 4,ENCRYPTED; DEK-Info: AES-256-CBC,...; Comment: "...") are not key material: a word ending in ':' and
    // the word after it are skipped. Read by words, not lines, because an XML attribute's value reaches us with its line
    // breaks turned into spaces.
    private static bool HasKeyBody(string text, int start)
    {
        var end = text.IndexOf("----", start, StringComparison.Ordinal);
        if (end < 0)
        {
            end = text.Length;
        }

        var body = new System.Text.StringBuilder();
        var skipNext = false;
        var wordStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (i > wordStart)
            {
                if (text[i - 1] == ':')
                {
                    skipNext = true;
                }
                else if (skipNext)
                {
                    skipNext = false;
                }
                else
                {
                    for (var j = wordStart; j < i; j++)
                    {
                        var c = text[j];
                        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '/' or '=')
                        {
                            body.Append(c);
                        }
                    }
                }
            }

            wordStart = i + 1;
        }

        return body.Length >= LeastBody && !Placeholders.IsFiller(body.ToString());
    }
}
