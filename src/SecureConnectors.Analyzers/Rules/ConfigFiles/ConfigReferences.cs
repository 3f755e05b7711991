using System;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// Values that point at a secret kept elsewhere and are resolved by the host when the application starts:
/// Azure App Service and Functions Key Vault references (<c>@Microsoft.KeyVault(SecretUri=...)</c>,
/// <c>@Microsoft.KeyVault(VaultName=...;SecretName=...)</c>) and App Configuration references
/// (<c>@Microsoft.AppConfiguration(Endpoint=...; Key=...)</c>). They are the fix, not the problem.
/// </summary>
internal static class ConfigReferences
{
    public static bool IsReference(string value)
    {
        var trimmed = value.Trim();
        return (trimmed.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("@Microsoft.AppConfiguration(", StringComparison.OrdinalIgnoreCase))
            && trimmed.EndsWith(")", StringComparison.Ordinal);
    }
}
