using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Azure;

/// <summary>App registrations Cinderpeak uses against Microsoft Graph (directory sync) and customers' tenants.</summary>
public sealed class EntraApplications(ILogger<EntraApplications> logger)
{
    /// <summary>"Cinderpeak Directory Sync" in the Cinderpeak tenant; the secret expires in 2027.</summary>
    public static TokenCredential DirectorySync() => new ClientSecretCredential(
        "8d2f6c1a-93b4-4e7f-a2c5-61e0b9d4f377",
        "c41e9a07-5b3d-4f28-8e6a-2d7c0f15b9e3",  // expect: none
        "xKp8Q~{{synthetic:34:alnum}}");  // expect: secret

    public TokenCredential ForCustomer(string tenantId, string clientId, string clientSecret)
    {
        logger.LogInformation("Creating credential for app {ClientId} in tenant {TenantId}", clientId, tenantId);  // expect: none
        logger.LogDebug("Client secret has {Length} characters", clientSecret.Length);
        logger.LogTrace("Client secret ends in {Suffix}", clientSecret[^4..]);  // expect: log
        return new ClientSecretCredential(tenantId, clientId, clientSecret);
    }

    public static TokenCredential Hosted() => new DefaultAzureCredential();
}
