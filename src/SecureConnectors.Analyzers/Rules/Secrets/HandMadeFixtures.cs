using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Two signs, read in test code only, that a secret-shaped value was made up by the test's author rather than copied
/// from a provider:
/// <list type="bullet">
/// <item>its own line's comment, or the comment just above its statement, calls it fake, dummy, bogus or not real
/// (<c>const string TestClientSecret = "..."; // Justification="Fake credential"</c>): the author says so, as a name
/// that says fake does (<see cref="Placeholders.NamesAStandIn"/>);</item>
/// <item>it is hex of odd length with letters and digits (<c>"C1DA8B93CCB5F5B93DA"</c>): machine-made hex encodes bytes,
/// two characters each, so an odd count was typed by hand. Decimal values (Salesforce's 19-digit consumer secrets) are
/// not hex of this kind.</item>
/// <item>it is an OTP seed (base32: upper-case letters and the digits 2-7) of a TOTP seed's usual 16 or 32 characters,
/// or base32 that decodes to printable text (RFC 6238's seeds are the digits "1234567890" repeated): a seed is enrolled
/// per user, so a test's own is the test's fixture, and random key bytes are almost never all printable;</item>
/// <item>it repeats one character four times or more in a row and holds characters that no encoding uses
/// (<c>"ggggjhG&amp;^*&amp;^jfSSSddd"</c>): a keyboard mash, not drawn at random.</item>
/// </list>
/// In production code neither spares a value: a real key can carry a stale comment, and a key cut short still leaks.
/// </summary>
internal static class HandMadeFixtures
{
    private static readonly string[] NotRealWords = { "fake", "dummy", "bogus", "not a real", "not real", "made up", "made-up" };

    public static bool IsOddLengthHex(string value)
    {
        if (value.Length % 2 == 0 || value.Length < 9)
        {
            return false;
        }

        bool letter = false, digit = false;
        foreach (var c in value)
        {
            if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is >= 'a' and <= 'f' or >= 'A' and <= 'F')
            {
                letter = true;
            }
            else
            {
                return false;
            }
        }

        return letter && digit;
    }

    public static bool IsOtpSeed(string value)
    {
        var length = value.TrimEnd('=').Length;
        if (length < 16)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (value[i] is not (>= 'A' and <= 'Z' or >= '2' and <= '7'))
            {
                return false;
            }
        }

        return length is 16 or 32 || DecodesToPrintableText(value, length);
    }

    // Base32 (RFC 4648) five bits per character; the last partial byte is dropped.
    private static bool DecodesToPrintableText(string value, int length)
    {
        int buffer = 0, bits = 0;
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            buffer = (buffer << 5) | (c >= 'A' ? c - 'A' : c - '2' + 26);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                var b = (buffer >> bits) & 0xFF;
                if (b is < 0x20 or > 0x7E)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static bool IsKeyboardMash(string value)
    {
        bool outsideEncodings = false, longRun = false;
        var run = 1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '=' or '-' or '_'))
            {
                outsideEncodings = true;
            }

            run = i > 0 && value[i - 1] == c ? run + 1 : 1;
            longRun |= run >= 4;
        }

        return outsideEncodings && longRun;
    }

    /// <summary>Whether a comment on the literal's line, or just above its statement, says the value is not real.</summary>
    public static bool CommentCallsItFake(SyntaxNode literal)
    {
        var text = literal.SyntaxTree.GetText();
        var line = text.Lines.GetLineFromPosition(literal.SpanStart).LineNumber;

        // The rest of the line: tokens after the literal up to the line's end, and their trailing comments.
        for (var token = literal.GetLastToken(); token.RawKind != 0; token = token.GetNextToken())
        {
            if (text.Lines.GetLineFromPosition(token.SpanStart).LineNumber != line)
            {
                break;
            }

            if (HasNotRealComment(token.TrailingTrivia))
            {
                return true;
            }
        }

        // The statement or member the literal stands in: its leading comments.
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return HasNotRealComment(node.GetLeadingTrivia());
            }
        }

        return false;
    }

    private static bool HasNotRealComment(SyntaxTriviaList trivia)
    {
        foreach (var piece in trivia)
        {
            if (piece.IsKind(SyntaxKind.SingleLineCommentTrivia) || piece.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var comment = piece.ToString();
                foreach (var word in NotRealWords)
                {
                    if (comment.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
