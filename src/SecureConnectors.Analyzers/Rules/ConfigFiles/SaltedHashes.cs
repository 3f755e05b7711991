using System.Collections.Generic;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// A password setting that holds a digest beside a salt setting (Miniblog.Core's <c>"user": { "password": "&lt;64 hex&gt;",
/// "salt": "..." }</c>): the application stores the verifier it compares a typed password's salted hash with, which is how
/// a password should be kept. The digest's length (MD5, SHA-1, SHA-256, SHA-384, SHA-512 in hex) and the salt beside it
/// say so together; a hex password with no salt beside it (a generated database password) is still a password.
/// </summary>
internal static class SaltedHashes
{
    public static bool IsStoredVerifier(ConfigValue setting, IReadOnlyList<ConfigValue> values)
    {
        var value = setting.Value.Trim();
        if (value.Length is not (32 or 40 or 64 or 96 or 128) || !SecretShape.IsHex(value)
            || SecretNames.Classify(ConfigKeyNames.NameOf(setting.Path)) != SecretKind.Password)
        {
            return false;
        }

        foreach (var candidate in values)
        {
            if (candidate.IsSiblingOf(setting) && NamesSalt(candidate.Path[candidate.Path.Count - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesSalt(string name)
    {
        var words = IdentifierWords.Split(name);
        return words.Count > 0 && words[words.Count - 1] == "salt";
    }
}
