using System;
using System.Text;

namespace SecureConnectors.Analyzers.Tests.Infrastructure;

/// <summary>
/// Token-shaped test values made at run time from a fixed seed, so that no credential-shaped literal is ever
/// written in this repository: the source holds only a provider prefix and a length. None was ever issued.
/// </summary>
internal static class Fake
{
    public const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string Lower = "abcdefghijklmnopqrstuvwxyz";
    public const string Digits = "0123456789";
    public const string Hex = "0123456789abcdef";
    public const string Alnum = Upper + Lower + Digits;
    public const string UrlSafe = Alnum + "-_";
    public const string Base64 = Alnum + "+/";

    /// <summary><paramref name="length"/> characters from <paramref name="alphabet"/>, the same on every run for the same arguments.</summary>
    public static string Chars(int length, string alphabet = Alnum, int seed = 0)
    {
        var random = new Random(unchecked(length * 7919 + alphabet.Length * 104729 + seed));
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            var c = alphabet[random.Next(alphabet.Length)];
            // never three of a kind in a row: the analyzers read such runs as filler
            if (builder.Length >= 2 && builder[builder.Length - 1] == c && builder[builder.Length - 2] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        var text = builder.ToString();
        // avoid the sequences the analyzers treat as documentation filler
        return text.Contains("1234567") || text.Contains("0000000") || text.Contains("abcdefg", StringComparison.OrdinalIgnoreCase) || text.Contains("xxxx", StringComparison.OrdinalIgnoreCase)
            ? Chars(length, alphabet, seed + 1)
            : text;
    }

    public static string Token(string prefix, int length, string alphabet = Alnum, int seed = 0) => prefix + Chars(length, alphabet, seed);

    /// <summary>A password a person might choose: mixed case, digits and symbols.</summary>
    public static string Password(int seed = 0) =>
        Chars(4, Upper + Lower, seed) + "#" + Chars(3, Digits, seed) + "!" + Chars(5, Lower + Upper, seed + 3);

    public static string Uuid(int seed = 0) =>
        $"{Chars(8, Hex, seed)}-{Chars(4, Hex, seed + 1)}-{Chars(4, Hex, seed + 2)}-{Chars(4, Hex, seed + 3)}-{Chars(12, Hex, seed + 4)}";

    public static string Base64Of(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>A C# string literal (regular, escaped) for <paramref name="value"/>.</summary>
    public static string Literal(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
