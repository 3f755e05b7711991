using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// The name a configuration value is judged by, and the path a message shows.
/// The last segment of the path names the value, as SC1001 reads a member name: <c>Stripe:ApiKey</c> is an API key.
/// Array indices name nothing, so <c>ApiTokens:0</c> is judged by <c>ApiTokens</c>. A last segment that is only
/// <c>Key</c> or <c>Value</c> says nothing by itself, so it is read together with its parent as one name:
/// <c>Jwt:Key</c> as <c>Jwt_Key</c> (a signing key), <c>ApiKey:Value</c> as <c>ApiKey_Value</c> (an API key),
/// <c>Cache:Key</c> as <c>Cache_Key</c> (not a secret). A lower-case last segment under a plural secret name is a data
/// key of a map of secrets (<c>PartnerSigningKeys:harbor-re</c> is a signing key).
/// </summary>
internal static class ConfigKeyNames
{
    public static string? NameOf(IReadOnlyList<string> path)
    {
        var last = LastName(path, path.Count - 1);
        if (last < 0)
        {
            return null;
        }

        var name = path[last];
        if (name.Equals("Key", StringComparison.OrdinalIgnoreCase) || name.Equals("Value", StringComparison.OrdinalIgnoreCase))
        {
            var parent = LastName(path, last - 1);
            if (parent >= 0)
            {
                // "SigningKeys": [ { "Id": "...", "Value": "<base64>" } ] (dotnet user-jwts), "ApiKeys": [ { "Value": ... } ]:
                // each entry's value is one of the keys the list names.
                if (path[parent].EndsWith("Keys", StringComparison.OrdinalIgnoreCase) && path[parent].Length > 4)
                {
                    return path[parent].Substring(0, path[parent].Length - 1);
                }

                // "Hawk": { "Credentials": { "ledgerline": { "Key": "<base64>" } } }: the entry of a map of credentials,
                // named by its grandparent when its parent is a data key.
                var combined = path[parent] + "_" + name;
                var grandparent = LastName(path, parent - 1);
                return SecretNames.Classify(combined) == SecretKind.None && IsDataKey(path[parent]) && grandparent >= 0
                    && SecretNames.Classify(path[grandparent]) != SecretKind.None
                    ? path[grandparent]
                    : combined;
            }
        }

        // "PartnerSigningKeys": { "harbor-re": "<base64>" }: a map of secrets keyed by a partner's or tenant's id, written
        // in lower case as data keys are (a setting's own name is PascalCase or camelCase); each value is one of the keys
        // the plural names. A key that names a secret itself (<credentials><password>) is read by its own name.
        var owner = LastName(path, last - 1);
        if (owner >= 0 && IsDataKey(name) && SecretNames.Classify(name) == SecretKind.None && SingularOfSecretList(path[owner]) is { } singular)
        {
            return singular;
        }

        // "ApiKey": { "Keys": { "reporting-service": "..." } }: a plain "Keys" or "Secrets" map under a secret's name.
        if (owner >= 0 && IsDataKey(name) && SecretNames.Classify(name) == SecretKind.None
            && path[owner] is "Keys" or "keys" or "Secrets" or "secrets" or "Tokens" or "tokens"
            && LastName(path, owner - 1) is var holder && holder >= 0 && SecretNames.Classify(path[holder]) != SecretKind.None)
        {
            return path[holder];
        }

        return name;
    }

    private static bool IsDataKey(string segment)
    {
        foreach (var c in segment)
        {
            if (char.IsUpper(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return segment.Length > 0;
    }

    // SigningKeys, ApiTokens, ClientSecrets, Passwords: a plural whose singular names a secret.
    private static string? SingularOfSecretList(string segment)
    {
        if (segment.Length < 4 || !segment.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var singular = segment.Substring(0, segment.Length - 1);
        return SecretNames.Classify(singular) != SecretKind.None ? singular : null;
    }

    /// <summary>The path joined with ':' as .NET configuration writes it; a segment that is not plainly a name is not shown.</summary>
    public static string Display(IReadOnlyList<string> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (text.Length > 0)
            {
                text.Append(':');
            }

            // A key may be the credential itself ({"sk_live_...": true}); messages go to build logs and SARIF.
            text.Append(QuotableText.IsSafeToQuote(segment) ? segment : "(hidden)");
        }

        return text.ToString();
    }

    /// <summary>The last segment of the path that is not an array index (<c>SslProtocols:0</c> is an <c>SslProtocols</c>), or null.</summary>
    public static string? SettingName(IReadOnlyList<string> path)
    {
        var last = LastName(path, path.Count - 1);
        return last < 0 ? null : path[last];
    }

    private static int LastName(IReadOnlyList<string> path, int from)
    {
        var i = from;
        while (i >= 0 && int.TryParse(path[i], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            i--;
        }

        return i;
    }
}
