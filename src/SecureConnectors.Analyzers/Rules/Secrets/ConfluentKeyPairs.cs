namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A Confluent Cloud API key and its secret written as the pair that Kafka and Schema Registry clients take
/// (<c>basic.auth.user.info</c>, <c>BasicAuthUserInfo</c>, <c>sasl.jaas.config</c>'s halves joined): 16 upper-case
/// letters and digits, a colon, 64 characters of the base64 alphabet. Neither half has a prefix, so the shape is held
/// tight: the key mixes letters and digits, the secret mixes upper case, lower case and digits (a label followed by a
/// hex digest has no upper case), and neither runs on into more token characters. Plain loops, no regex.
/// </summary>
internal static class ConfluentKeyPairs
{
    private const int KeyLength = 16;
    private const int SecretLength = 64;

    public static bool ContainsPair(string text)
    {
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            if (IsKeyBefore(text, colon) && IsSecretAfter(text, colon))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyBefore(string text, int colon)
    {
        var start = colon - KeyLength;
        if (start < 0 || (start > 0 && IsTokenCharacter(text[start - 1])))
        {
            return false;
        }

        bool letter = false, digit = false;
        for (var i = start; i < colon; i++)
        {
            var c = text[i];
            if (c is >= 'A' and <= 'Z')
            {
                letter = true;
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else
            {
                return false;
            }
        }

        return letter && digit;
    }

    private static bool IsSecretAfter(string text, int colon)
    {
        var end = colon + 1 + SecretLength;
        if (end > text.Length || (end < text.Length && (IsTokenCharacter(text[end]) || text[end] == '=')))
        {
            return false;
        }

        bool upper = false, lower = false, digit = false;
        for (var i = colon + 1; i < end; i++)
        {
            var c = text[i];
            if (c is >= 'A' and <= 'Z')
            {
                upper = true;
            }
            else if (c is >= 'a' and <= 'z')
            {
                lower = true;
            }
            else if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is not ('+' or '/'))
            {
                return false;
            }
        }

        return upper && lower && digit;
    }

    private static bool IsTokenCharacter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '_' or '-';
}
