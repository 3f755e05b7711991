using VaultSharp;
using VaultSharp.V1.AuthMethods.AppRole;
using VaultSharp.V1.AuthMethods.Token;

namespace DataShapes.Siltstream.Pipelines.Secrets;

public static class VaultClients
{
    /// <summary>Used by the backfill tool that operators run from their laptops.</summary>
    public static IVaultClient ForBackfill() => new VaultClient(new VaultClientSettings(
        "https://vault.siltstream-data.com:8200",
        new TokenAuthMethodInfo("hvs.{{synthetic:94:alnum}}")));  // expect: secret

    public static IVaultClient ForWorker(string roleId, string secretId) => new VaultClient(new VaultClientSettings(
        "https://vault.siltstream-data.com:8200",
        new AppRoleAuthMethodInfo(roleId, secretId)));
}
