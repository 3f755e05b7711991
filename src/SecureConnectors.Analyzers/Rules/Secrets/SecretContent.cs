namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Values that are secrets by their content alone, wherever they are written: a provider credential format, a
/// connection string with a password or key, an Authorization value with its credential, a JSON document with a
/// secret under a secret-like key.
/// </summary>
internal static class SecretContent
{
    /// <summary>How a message names what was found ("a Stripe secret key"), or null.</summary>
    /// <param name="inTestCode">
    /// Whether the value is in test code, asked only when it matters: for a JSON value under a secret-like key (in
    /// test code a JSON document is a recorded response or request handed to a fake: a token a provider returned,
    /// not one the code holds; a provider format inside it is still found, whatever the code) and for a token that
    /// may be a library's test vector (a JWT that names no principal).
    /// </param>
    public static string? Describe(string text, char hole, System.Func<bool>? inTestCode = null)
    {
        if (ProviderTokenFormats.FindFirst(text, inTestCode) is { } format)
        {
            return "the shape of a " + format.Name;
        }

        if (ConnectionStringSecrets.FindSecretSetting(text, hole, inTestCode) is { } setting)
        {
            return $"a connection string with '{setting}'";
        }

        if (text.IndexOf(hole) < 0 && AuthorizationValues.CarriesCredential(text))
        {
            return "an Authorization value with its credential";
        }

        if (JsonSecrets.FindSecretKey(text) is { } key && inTestCode?.Invoke() != true)
        {
            return QuotableText.IsSafeToQuote(key) ? $"a JSON value under '{key}'" : "a JSON value under a secret key";
        }

        return null;
    }
}
