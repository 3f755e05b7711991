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
        if (KeyPrefix(parameter.Name) is not { } prefix)
        {
            return false;
        }

        foreach (var other in method.Parameters)
        {
            if (other.Type.SpecialType == SpecialType.System_String && IsPartner(prefix, Normalized(other.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same for a property of a type that holds the pair (AWS's <c>ImmutableCredentials</c>: <c>AccessKey</c> beside
    /// <c>SecretKey</c>), for SC5001: logging the key names the account, as AWS's own audit logs do.
    /// </summary>
    public static bool IsIdentifierHalf(IPropertySymbol property)
    {
        if (KeyPrefix(property.Name) is not { } prefix)
        {
            return false;
        }

        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IPropertySymbol { Type.SpecialType: SpecialType.System_String } other && IsPartner(prefix, Normalized(other.Name)))
            {
                return true;
            }
        }

        return false;
    }

    // apiKey -> "api", accessKey -> "access", key -> ""; null for a name that is no key or is the secret itself.
    private static string? KeyPrefix(string name)
    {
        var key = Normalized(name);
        return !key.EndsWith("key", System.StringComparison.Ordinal) || key.IndexOf("secret", System.StringComparison.Ordinal) >= 0 || key.IndexOf("private", System.StringComparison.Ordinal) >= 0
            ? null
            : key.Substring(0, key.Length - "key".Length);
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
