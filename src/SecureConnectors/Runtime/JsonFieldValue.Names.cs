using System;
using System.Text;
using System.Text.Json;

namespace SecureConnectors.Runtime;

// What generated enum wire-name helpers compare with: a string token's UTF-8 and ASCII case folding.
public static partial class JsonFieldValue
{
    /// <summary>The UTF-8 text of the string token the reader is on, unescaped (allocates only when it was escaped).</summary>
    public static ReadOnlySpan<byte> StringText(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    /// <summary>
    /// Whether <paramref name="text"/> equals <paramref name="lowerCase"/> (a wire name in lower case) with ASCII letters
    /// compared case-insensitively; other bytes must match exactly.
    /// </summary>
    public static bool EqualsIgnoreAsciiCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCase)
    {
        if (text.Length != lowerCase.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'A' and <= (byte)'Z')
            {
                b = (byte)(b | 0x20);
            }

            if (b != lowerCase[i])
            {
                return false;
            }
        }

        return true;
    }
}
