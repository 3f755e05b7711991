namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>One shape for every help link: the rule's page under docs/rules.</summary>
internal static class HelpLinks
{
    public const string RulesBaseUri = "https://github.com/secure-connectors/secure-connectors/blob/main/docs/rules/";

    public static string For(string id) => RulesBaseUri + id + ".md";
}
