using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// What SC1001 pays per name it reads (attribute argument names, members, parameters, keys): the classifier as it is,
/// which settles names without a secret-word stem before splitting them, against the classifier of 249fd54 (kept below
/// as it was), on a mix like the names a connector project's literals sit under: mostly plain names, some secret ones.
/// </summary>
[MemoryDiagnoser]
public class SecretNameBenchmarks
{
    private static readonly string[] Names =
    {
        "Scope", "Classification", "Name", "BaseUrl", "FieldsParameter", "id", "page", "cancellationToken", "customerName",
        "orderId", "url", "TokenUrl", "AccessKeyId", "X-Request-Id", "message", "description", "Route", "Select", "Path",
        "Resource", "DisplayName", "Email", "PhoneNumber", "Region", "AuthHeader", "ApiKey", "ClientSecret", "Password",
        "Connectors:payroll:ApiKey", "webhook_signing_key", "Status", "CreatedAt", "Amount", "Currency", "Text", "Value",
        "Timeout", "RetryCount", "UserAgent", "Accept",
    };

    [Benchmark(Baseline = true, Description = "Classify of 249fd54 (split every name)")]
    public int Before()
    {
        var secret = 0;
        foreach (var name in Names)
        {
            secret += ClassifierOf249fd54.Classify(name) != SecretKind.None ? 1 : 0;
        }

        return secret;
    }

    [Benchmark(Description = "Classify now (stems first)")]
    public int Now()
    {
        var secret = 0;
        foreach (var name in Names)
        {
            secret += SecretNames.Classify(name) != SecretKind.None ? 1 : 0;
        }

        return secret;
    }

    /// <summary>The name classifier of 249fd54, unchanged, so that both run in the same process.</summary>
    private static class ClassifierOf249fd54
    {
        private static readonly ImmutableHashSet<string> PasswordWords = ImmutableHashSet.Create("password", "passwd", "pwd", "passphrase", "pass", "pw");

        private static readonly ImmutableHashSet<string> SecretWords = ImmutableHashSet.Create(
            "secret", "secrets", "token", "tokens", "credential", "credentials", "pat", "apikey", "accesskey", "secretkey",
            "privatekey", "clientsecret", "accesstoken", "authtoken", "apitoken", "sig");

        private static readonly ImmutableHashSet<string> KeyQualifiers = ImmutableHashSet.Create(
            "api", "access", "secret", "private", "signing", "sign", "auth", "subscription", "account", "shared", "master",
            "encryption", "hmac", "client", "app", "application", "consumer", "webhook", "sending", "bot", "license",
            "service", "storage", "function", "functions", "primary", "secondary", "admin", "integration", "partner",
            "maps", "jwt", "symmetric", "aes", "developer", "merchant", "management", "ingest", "write", "read");

        private static readonly ImmutableHashSet<string> FormWords = ImmutableHashSet.Create(
            "pem", "der", "bytes", "value", "values", "string", "str", "b64", "base64", "hex", "raw", "fallback",
            "default", "live", "test", "prod", "production", "sandbox", "staging", "dev", "legacy", "old", "new", "current",
            "encoded", "plain", "literal", "v", "v1", "v2", "v3");

        private static readonly ImmutableHashSet<string> NotASecretWords = ImmutableHashSet.Create("public", "publishable");

        public static SecretKind Classify(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return SecretKind.None;
            }

            var segmentStart = name!.LastIndexOfAny(new[] { ':', '.', '/' });
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

            return head is "authorization" ? SecretKind.Authorization : SecretKind.None;
        }

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
    }
}
