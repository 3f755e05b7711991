using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Keys that sign tokens, named so (<c>Jwt:Key</c> read as <c>Jwt_Key</c>, <c>JwtSecret</c>, <c>SigningKey</c>,
/// <c>IssuerSigningKey</c>, <c>TokenSecret</c>): the application hands the value to a token handler as key bytes, so a
/// value there is key material whatever it looks like. A long run of letters (<c>veryVerySecretKey</c>,
/// <c>ThisIsMyJwtSigningKeyForTokens</c>) is a typed key, weak and forgeable by anyone who reads it, not a name of
/// something else, as the same letters under another key name would be.
/// </summary>
internal static class SigningKeys
{
    private const int MinimumLength = 16;

    public static bool IsSigningKeyName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = IdentifierWords.Split(name!);
        if (words.Count < 2 || words[words.Count - 1] is not ("key" or "secret"))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] is "jwt" or "signing" or "sign" or "token" or "tokens" or "hmac")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A destination that signs tokens: a signing key's name, or the key of an HMAC or a SymmetricSecurityKey.</summary>
    public static bool SignsTokens(SecretDestination destination) =>
        destination.IsKeyOfSigningType || IsSigningKeyName(destination.Name);

    /// <summary>A run of ASCII letters long enough for a key that no placeholder word or marker fills.</summary>
    public static bool IsWordedKey(string value)
    {
        if (value.Length < MinimumLength)
        {
            return false;
        }

        // Letters first: on the per-literal path almost every long literal has a space or a digit and stops here.
        foreach (var c in value)
        {
            if (c is not (>= 'A' and <= 'Z' or >= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return !Placeholders.IsPlaceholder(value);
    }
}
