using System.Linq;
using System.Text;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.CodeFixes.Rules.Secrets;

/// <summary>
/// Names for where a secret moves to: LEDGER_API_TOKEN for the environment, Ledger:ApiToken for configuration,
/// from the containing type (without its role suffix) and the receiving member, key or header.
/// </summary>
internal static class SecretVariableNames
{
    private static readonly HashSet<string> RoleSuffixes = new()
    {
        "client", "clients", "connector", "connectors", "connection", "connections", "service", "options", "settings",
        "configuration", "config", "credentials", "credential", "handler", "handlers", "provider", "factory", "api",
        "tests", "test", "constants", "secrets", "keys", "defaults", "program", "startup", "extensions", "helper", "helpers",
    };

    public static string Environment(string? typeName, string memberName) =>
        string.Join("_", Words(typeName, memberName).Select(static w => w.ToUpperInvariant()));

    public static string Configuration(string? typeName, string memberName)
    {
        var section = TypeWords(typeName);
        var key = Pascal(IdentifierWords.Split(memberName));
        return section.Count == 0 ? "Secrets:" + key : Pascal(section) + ":" + key;
    }

    private static List<string> Words(string? typeName, string memberName)
    {
        var type = TypeWords(typeName);
        var member = IdentifierWords.Split(memberName).Where(static w => w.Length > 0).ToList();
        // LedgerClient.LedgerApiToken -> LEDGER_API_TOKEN, not LEDGER_LEDGER_API_TOKEN
        if (type.Count > 0 && member.Count >= type.Count && member.Take(type.Count).SequenceEqual(type))
        {
            return member;
        }

        return type.Concat(member).ToList();
    }

    private static List<string> TypeWords(string? typeName)
    {
        var words = typeName is null ? new List<string>() : IdentifierWords.Split(typeName);
        while (words.Count > 1 && RoleSuffixes.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }

    private static string Pascal(IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1));
        }

        return builder.ToString();
    }
}
