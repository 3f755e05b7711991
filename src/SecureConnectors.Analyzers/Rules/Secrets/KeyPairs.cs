using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A key that a call takes beside a secret (<c>new MailjetClient(apiKey, apiSecret)</c>, <c>new Account(cloud,
/// apiKey, apiSecret)</c>, <c>(accessKey, secretKey)</c>, <c>(publicKey, privateKey)</c>): the key names the account and the secret proves it, as a
/// user name beside a password does. Only the secret is the credential; the line is reported there.
/// </summary>
internal static class KeyPairs
{
    public static bool IsIdentifierHalf(IParameterSymbol parameter, IMethodSymbol method)
    {
        var key = Normalized(parameter.Name);
        if (!key.EndsWith("key", System.StringComparison.Ordinal) || key.IndexOf("secret", System.StringComparison.Ordinal) >= 0 || key.IndexOf("private", System.StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var prefix = key.Substring(0, key.Length - "key".Length);
        foreach (var other in method.Parameters)
        {
            if (other.Type.SpecialType == SpecialType.System_String && IsPartner(prefix, Normalized(other.Name)))
            {
                return true;
            }
        }

        return false;
    }

    // The secret that goes with the key: apiKey/apiSecret, consumerKey/consumerSecret, key/secret, appKey/appSecretKey,
    // accessKey/secretKey or secretAccessKey, publicKey/privateKey. Another secret beside a key (a webhook's signing
    // secret beside an API key) is no partner: that key is a credential of its own.
    private static bool IsPartner(string prefix, string other) =>
        other == prefix + "secret"
        || other == prefix + "secretkey"
        || other == "secret" + prefix + "key"
        || (prefix == "access" && other == "secretkey")
        || (prefix == "public" && other == "privatekey");

    private static string Normalized(string name) => name.Replace("_", "").ToLowerInvariant();
}
