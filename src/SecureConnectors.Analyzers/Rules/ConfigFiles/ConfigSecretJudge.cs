using System.Collections.Generic;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// Judges one configuration value with SC1001's rules: by content under any key (a provider credential format, a
/// connection string with a password or key, an Authorization value, a URL carrying a credential), then by the
/// name of its key with the shape gate that name's kind needs. Placeholders, template markers, vault references
/// and the user's allowlist stay quiet; fixture passwords only in test code, as in SC1001.
/// </summary>
internal static class ConfigSecretJudge
{
    // Configuration files have no interpolation holes; a character no text value holds stands for "none".
    private const char NoHole = '\uFFFF';

    /// <summary>What the value is ("Stripe secret key", "password"), for the message; null when it is not a secret.</summary>
    /// <param name="path">The value's configuration path.</param>
    /// <param name="value">The value as the application reads it.</param>
    /// <param name="options">The user's secret options.</param>
    /// <param name="inTestCode">Whether the file belongs to test code.</param>
    /// <param name="forLocalServer">
    /// Whether the value sits in a section that points at the test's own server (<see cref="LocalServerSections"/>): its
    /// name then says nothing a reviewer needs; a provider format or a connection string is still judged by content.
    /// </param>
    public static string? Judge(IReadOnlyList<string> path, string value, SecretOptions options, bool inTestCode, bool forLocalServer = false)
    {
        if (value.Length < 6 || ConfigReferences.IsReference(value))
        {
            return null;
        }

        var what = ByContent(value, inTestCode)
            ?? (!inTestCode && MachineKeys.IsKey(path, value) && SecretGate.Accepts(SecretKind.Secret, value) ? "machine key" : null)
            ?? (!forLocalServer && HeaderListSettings.HoldsCredential(ConfigKeyNames.SettingName(path), value) ? "header credential" : null)
            ?? (forLocalServer ? null : ByName(ConfigKeyNames.NameOf(path), value, options, inTestCode));

        // The user's allowlist is asked last, only about values found secret: it is a regular expression.
        return what is null || options.IsAllowed(value) ? null : what;
    }

    private static string? ByContent(string value, bool inTestCode)
    {
        if (ProviderTokenFormats.FindFirst(value, () => inTestCode) is { } format)
        {
            return format.Name;
        }

        if (ConnectionStringSecrets.FindSecretSetting(value, NoHole, () => inTestCode) is { } setting)
        {
            return $"connection string with its '{setting}'";
        }

        if (AuthorizationValues.CarriesCredential(value))
        {
            return "Authorization value with its credential";
        }

        return UrlCredentials.Find(value, NoHole, () => inTestCode) is { } url ? "credential in the " + url.Where + " of a URL" : null;
    }

    private static string? ByName(string? name, string value, SecretOptions options, bool inTestCode)
    {
        var kind = SecretNames.Classify(name);
        if (kind == SecretKind.None && name is not null && options.IsSecretName(name))
        {
            kind = SecretKind.Secret;
        }

        if (kind == SecretKind.None)
        {
            return null;
        }

        // A typed signing key (veryVerySecretKey under Jwt:Key) is key material whatever its shape; like a fixture
        // password, a test's own configuration may type one.
        if (!inTestCode && kind == SecretKind.Secret && SigningKeys.IsSigningKeyName(name) && SigningKeys.IsWordedKey(value))
        {
            return Describe(kind, name!);
        }

        // A value that calls itself a test value (integration-tests-jwt-signing-key-0001) opens a test's own fixtures,
        // in a test's configuration as in its code (SC1001's rule).
        if (inTestCode && Placeholders.CallsItselfATestValue(value))
        {
            return null;
        }

        // Fixture passwords (P@ssw0rd!) are exempt in test code only; elsewhere they are weak hardcoded credentials.
        var fixturePassword = !inTestCode && Placeholders.IsFixturePassword(value) && SecretShape.LooksLikePassword(value);
        if (!fixturePassword && !SecretGate.CouldBeSecret(value))
        {
            return null;
        }

        var accepted = SecretGate.Accepts(kind, value) || (fixturePassword && kind is SecretKind.Password or SecretKind.Secret or SecretKind.Authorization);
        return accepted ? Describe(kind, name!) : null;
    }

    // What the key's last words say the value is: "API key", "token", "password".
    private static string Describe(SecretKind kind, string name)
    {
        if (kind == SecretKind.Password)
        {
            return "password";
        }

        if (kind == SecretKind.Authorization)
        {
            return "Authorization credential";
        }

        var words = IdentifierWords.Split(name);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            switch (words[i].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
            {
                case "token" or "tokens" or "accesstoken" or "authtoken" or "apitoken" or "pat":
                    return "token";
                case "apikey":
                    return "API key";
                case "key":
                    return i > 0 && words[i - 1] == "api" ? "API key" : i > 0 && words[i - 1] == "private" ? "private key" : "key";
                case "privatekey":
                    return "private key";
                case "accesskey" or "secretkey":
                    return "key";
                case "secret" or "secrets" or "clientsecret":
                    return "secret";
                case "credential" or "credentials":
                    return "credential";
                case "sig":
                    return "signature";
            }
        }

        return "secret";
    }
}
