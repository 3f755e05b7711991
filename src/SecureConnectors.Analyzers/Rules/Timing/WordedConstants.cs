using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Timing;

/// <summary>
/// A constant whose text is made of words is the name of a signature, not a signature: a header
/// (<c>HEADER_SERVER_SIGNATURE = "X-Bunq-Server-Signature"</c>, compared with each header's name to leave it out of the
/// signed set), a field or a mode (<c>"unsigned"</c>). Words are letters, joined by <c>-</c>, <c>_</c>, <c>.</c> or a
/// space, each with at most three trailing digits (<c>sha256</c>, <c>v1</c>). A keyed value is machine-made: hex and
/// Base64 mix letters and digits, and a letters-only token is long; so a single word of 16 letters or more, and any text
/// with a digit inside a word or a <c>=</c>, <c>+</c> or <c>/</c>, is not a name here (a shared verification token
/// compared with <c>==</c> stays reported).
/// </summary>
internal static class WordedConstants
{
    private const int MaxLength = 100;
    private const int LongestSingleWord = 15;
    private const int MaxTrailingDigits = 3;

    public static bool IsName(IOperation operand) =>
        operand.ConstantValue is { HasValue: true, Value: string text } && IsWords(text);

    public static bool IsWords(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return false;
        }

        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            var letters = 0;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                letters++;
                i++;
            }

            var digits = 0;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                digits++;
                i++;
            }

            if (letters == 0 || digits > MaxTrailingDigits)
            {
                return false;
            }

            words++;
            if (i == text.Length)
            {
                break;
            }

            if (text[i] is not ('-' or '_' or '.' or ' ') || i + 1 == text.Length)
            {
                return false;
            }

            i++;
        }

        return words > 1 || text.Length <= LongestSingleWord;
    }
}
