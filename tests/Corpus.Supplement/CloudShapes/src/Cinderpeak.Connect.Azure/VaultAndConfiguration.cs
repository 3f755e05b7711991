using Azure.Data.AppConfiguration;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Azure;

/// <summary>Key Vault for secrets, App Configuration for feature settings, Application Insights for telemetry.</summary>
public sealed class VaultAndConfiguration(ILogger<VaultAndConfiguration> logger)
{
    private static readonly Uri VaultUri = new("https://cinderpeak-prod-kv.vault.azure.net/");

    // Read-only access key of the store "cinderpeak-appcfg-prod".
    private const string AppConfigurationConnection = "Endpoint=https://cinderpeak-appcfg-prod.azconfig.io;Id=Q7xN-l9-s0:{{synthetic:20:alnum}};Secret={{synthetic:43:base64}}=";  // expect: secret

    // The connection string names the Application Insights resource; the portal shows it to every reader.
    private const string TelemetryConnection = "InstrumentationKey=3b6f2a9c-7d41-4e05-b8a2-c19e5f60d7b4;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/";  // expect: none

    public async Task<string> HrisDatabasePasswordAsync(CancellationToken ct)
    {
        var client = new SecretClient(VaultUri, new DefaultAzureCredential());
        var secret = await client.GetSecretAsync("hris-db-password", cancellationToken: ct);

        logger.LogInformation("Read {SecretName} version {Version}", secret.Value.Name, secret.Value.Properties.Version);
        logger.LogDebug("Vault returned {SecretValue}", secret.Value.Value);  // expect: log
        return secret.Value.Value;
    }

    public static ConfigurationClient Settings() => new(AppConfigurationConnection);

    public TelemetryConfiguration Telemetry()
    {
        var telemetry = TelemetryConfiguration.CreateDefault();
        telemetry.ConnectionString = TelemetryConnection;
        telemetry.InstrumentationKey = "3b6f2a9c-7d41-4e05-b8a2-c19e5f60d7b4";  // expect: none
        logger.LogInformation("Telemetry goes to {InstrumentationKey}", telemetry.InstrumentationKey);  // expect: none
        return telemetry;
    }
}
