using System.Collections.Generic;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Reads what a member, parameter, dictionary key, form field or header name says about its value. The last
/// word decides: <c>ApiKey</c>, <c>client_secret</c> and <c>X-Auth-Token</c> hold secrets; <c>ApiKeySecretName</c>,
/// <c>TokenUrl</c>, <c>PasswordResetRoute</c> and <c>AccessKeyId</c> hold something about one.
/// </summary>
internal static class SecretNames
{
    // With the misspellings that keys are typed with and never corrected, since the code reading them has the same one
    // ("ClientSecert", "DbPasword"): two neighbouring letters swapped or one doubled letter dropped.
    private static readonly HashSet<string> PasswordWords = Words(
        "password", "passwd", "pwd", "passphrase", "pass", "pw", "pasword", "passowrd", "passwrod", "passwrd", "paswd", "passord");

    // Not "sig" or "signature": a signature (reqMsgSig, X-Hub-Signature) is computed over one message and authenticates only
    // that message. A signed URL's sig parameter is read where it is, with the URL (UrlCredentials).
    private static readonly HashSet<string> SecretWords = Words(
        "secret", "secrets", "token", "tokens", "credential", "credentials", "pat", "apikey", "accesskey", "secretkey",
        "privatekey", "clientsecret", "accesstoken", "authtoken", "apitoken", "secert", "sercet", "secrte", "secrect");

    // "...Key" is a secret only with one of these before it (CacheKey, PartitionKey, IdempotencyKey are not). Not
    // "consumer": OAuth 1.0a's consumer key travels in the clear as oauth_consumer_key in every request, and
    // Salesforce's is the client id; the consumer secret is the secret.
    private static readonly HashSet<string> KeyQualifiers = Words(
        "api", "access", "secret", "private", "signing", "sign", "signature", "auth", "subscription", "account", "shared", "master",
        "encryption", "hmac", "client", "app", "application", "webhook", "sending", "bot", "license",
        "service", "storage", "function", "functions", "primary", "secondary", "admin", "integration", "partner",
        "maps", "jwt", "symmetric", "aes", "developer", "merchant", "management", "ingest", "write", "read", "sdk",
        // TokenOptions:SecurityKey and the courses' "TokenKey": the key JWTs are signed with (SymmetricSecurityKey's)
        "security", "token",
        // An Azure shared access signature's key (Event Grid's aeg-sas-key, a Service Bus SAS key): what signs the SAS.
        "sas");

    // Trailing words that describe the form of the value, not what it is: SigningKeyPem, ApiKeyValue, TokenBytes.
    private static readonly HashSet<string> FormWords = Words(
        "pem", "der", "bytes", "value", "values", "string", "str", "b64", "base64", "hex", "raw", "fallback",
        "default", "live", "test", "prod", "production", "sandbox", "staging", "dev", "legacy", "old", "new", "current",
        "encoded", "plain", "literal", "v", "v1", "v2", "v3");

    // "HashedPassword", "SaltedApiKey": the stored verifier of a secret, not the secret (PasswordHash ends in a non-secret word already).
    private static readonly HashSet<string> NotASecretWords = Words("public", "publishable", "hashed", "salted");

    // Every word that makes Classify answer something other than None contains one of these, so a name without
    // any of them is settled without splitting it into words (most names a build meets: the rules ask per literal).
    private static readonly string[] SecretWordStems =
    {
        "pass", "pw", "secret", "token", "credential", "pat", "key", "sig", "authorization", "pasw", "secert", "sercet", "secrte", "secrect",
    };

    private static readonly char[] SegmentSeparators = { ':', '.', '/' };

    /// <summary>What <paramref name="name"/> says its value is.</summary>
    public static SecretKind Classify(string? name)
    {
        if (string.IsNullOrEmpty(name) || !MayHoldSecretWord(name!))
        {
            return SecretKind.None;
        }

        // Configuration keys and dotted paths: the last segment names the value (Connectors:payroll:ApiKey).
        var segmentStart = name!.LastIndexOfAny(SegmentSeparators);
        var words = WithoutCounters(IdentifierWords.Split(segmentStart >= 0 ? name.Substring(segmentStart + 1) : name));
        while (words.Count > 1 && FormWords.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return SecretKind.None;
        }

        foreach (var word in words)
        {
            if (NotASecretWords.Contains(word))
            {
                return SecretKind.None;
            }
        }

        var head = words[words.Count - 1];
        var before = words.Count > 1 ? words[words.Count - 2] : null;
        if (PasswordWords.Contains(head) && !(head == "pass" && before == "by"))
        {
            return SecretKind.Password;
        }

        if (SecretWords.Contains(head))
        {
            return SecretKind.Secret;
        }

        if (head == "key" && before is not null && KeyQualifiers.Contains(before))
        {
            return SecretKind.Secret;
        }

        if (head is "authorization")
        {
            return SecretKind.Authorization;
        }

        return SecretKind.None;
    }

    private static bool MayHoldSecretWord(string name)
    {
        foreach (var c in name)
        {
            if (c > 127)
            {
                return true; // ToLowerInvariant and ordinal-ignore-case differ on a few letters (the Kelvin sign): split it
            }
        }

        foreach (var stem in SecretWordStems)
        {
            if (name.IndexOf(stem, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Words(params string[] words) => new(words, System.StringComparer.Ordinal);

    // A trailing number or version does not hide a name: ApiToken1, ClientSecret2, Password1, client_secret_2.
    private static List<string> WithoutCounters(List<string> words)
    {
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            var end = word.Length;
            while (end > 0 && char.IsDigit(word[end - 1]))
            {
                end--;
            }

            if (end > 0)
            {
                result.Add(end == word.Length ? word : word.Substring(0, end));
            }
        }

        return result;
    }

    /// <summary>
    /// What an HTTP header carries: Authorization and Proxy-Authorization carry "Scheme credential"; a header
    /// whose name says token, secret, password or key (X-Api-Key, PRIVATE-TOKEN, Ocp-Apim-Subscription-Key,
    /// DD-API-KEY, X-Vault-Token) carries the credential itself.
    /// </summary>
    public static SecretKind ClassifyHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return SecretKind.None;
        }

        var lower = header!.Trim().ToLowerInvariant();
        if (lower is "authorization" or "proxy-authorization")
        {
            return SecretKind.Authorization;
        }

        var parts = new List<string>(lower.Split('-', '_'));
        if (parts.Count == 0 || parts.Contains("csrf") || parts.Contains("xsrf") || parts.Contains("idempotency") || parts.Contains("public"))
        {
            return SecretKind.None;
        }

        // X-Hub-Signature, svix-signature, X-Signature: a signature is computed from a secret over one message; it
        // authenticates that message only and gives the secret away no more than the message does.
        var head = parts[parts.Count - 1];
        if (head is "token" or "secret" or "password" or "apikey" && !parts.Contains("webhook"))
        {
            return head == "password" ? SecretKind.Password : SecretKind.Secret;
        }

        return head == "key" && parts.Count > 1 ? SecretKind.Secret : SecretKind.None;
    }
}
