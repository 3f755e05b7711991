using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>What SC1003 leaves alone: values that stand for a secret, point at one, or are no secret at all.</summary>
public sealed class ConfigFileLookAlikeTests
{
    // The Azure Storage emulator's account key, published in its documentation and accepted only by the emulator.
    private static readonly string EmulatorKey = Placeholders.StorageEmulatorKeyStart + "/K1SZFPTOtr/KBHBeksoGMGw==";

    public static TheoryData<string> StandIns() => new()
    {
        "",
        "${STRIPE_KEY}",
        "%API_KEY%",
        "<your-key-here>",
        "#{Token}#",
        "changeme",
        "@Microsoft.KeyVault(SecretUri=https://payroll-vault.vault.azure.net/secrets/StripeApiKey/)",
        "@Microsoft.KeyVault(VaultName=payroll-vault;SecretName=StripeApiKey)",
        "@Microsoft.AppConfiguration(Endpoint=https://payroll.azconfig.io; Key=Stripe:ApiKey)",
        "https://api.stripe.com/v1/",
    };

    [Theory]
    [MemberData(nameof(StandIns))]
    public async Task Stand_ins_under_secret_names_are_quiet(string value)
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Stripe": { "ApiKey": "{{value}}", "WebhookSecret": "{{value}}" },
              "Smtp": { "Password": "{{value}}" },
              "ConnectionStrings": { "Payroll": "{{value}}" }
            }
            """);
    }

    [Fact]
    public async Task A_typical_appsettings_file_is_quiet()
    {
        await VerifyAsync("/app/appsettings.json", """
            {
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
              "AllowedHosts": "*",
              "Authentication": {
                "Schemes": {
                  "Bearer": {
                    "ValidAudiences": [ "http://localhost:5178", "https://localhost:7259", "https://payroll.contoso.example" ],
                    "ValidIssuer": "dotnet-user-jwts"
                  }
                }
              },
              "AzureAd": {
                "Instance": "https://login.microsoftonline.com/",
                "TenantId": "3f2b9c1e-8d4a-4e6f-9b7c-2a1d5e8f0c3b",
                "ClientId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
              },
              "ApplicationInsights": { "ConnectionString": "InstrumentationKey=6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" },
              "Cache": { "Key": "payroll-cache-v2", "TokenLifetime": "00:30:00" },
              "Payroll": { "BaseUrl": "https://api.payroll.example/v2/", "ApiKeySecretName": "payroll-api-key", "TokenUrl": "https://id.payroll.example/oauth/token" },
              "ConnectionStrings": {
                "Integrated": "Server=sql.contoso.example;Database=payroll;Integrated Security=true;Encrypt=true",
                "Trusted": "Server=sql.contoso.example;Database=payroll;Trusted_Connection=True",
                "ManagedIdentity": "Server=tcp:payroll.database.windows.net,1433;Database=payroll;Authentication=Active Directory Default",
                "Storage": "UseDevelopmentStorage=true",
                "Local": "Server=(localdb)\\MSSQLLocalDB;Database=payroll;User Id=sa;Password=Local#Dev-2026"
              }
            }
            """);
    }

    [Fact]
    public async Task The_storage_emulator_account_is_quiet()
    {
        await VerifyAsync("/app/appsettings.Development.json", $$"""
            {
              "Storage": {
                "AccountKey": "{{EmulatorKey}}",
                "ConnectionString": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={{EmulatorKey}};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
              }
            }
            """);
    }

    [Fact]
    public async Task LaunchSettings_environment_names_are_quiet()
    {
        await VerifyAsync("/app/Properties/launchSettings.json", """
            {
              "$schema": "https://json.schemastore.org/launchsettings.json",
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "launchBrowser": true,
                  "applicationUrl": "http://localhost:5178",
                  "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "DOTNET_ENVIRONMENT": "Development" }
                }
              }
            }
            """);
    }

    [Theory]
    [InlineData("/app/secrets.json")]
    [InlineData("/app/settings.json")]
    [InlineData("/app/appsettings.json.bak")]
    [InlineData("/app/.config")]
    public async Task Files_that_are_not_configuration_files_are_not_read(string path)
    {
        await VerifyAsync(path, $$"""{ "Stripe": { "ApiKey": "{{Fake.Token("sk_" + "live_", 24)}}" } }""");
    }

    [Fact]
    public async Task Fixture_passwords_are_quiet_in_a_test_project_only()
    {
        const string file = """{ "Database": { "Password": "P@ssw0rd!" } }""";
        await VerifyAsync(new[] { ("/app/appsettings.json", file) }, editorConfig: null, assemblyName: "Payroll.Tests");
        await VerifyAsync(new[] { ("/tests/appsettings.json", file) }, editorConfig: null, assemblyName: null);
        await VerifyAsync("/app/appsettings.json", """{ "Database": { "Password": "[|P@ssw0rd!|]" } }""");

        // a keyboard walk is typed, not generated: a sample app's certificate password under a test folder
        const string walk = """{ "Saml2": { "SigningCertificatePassword": "!QAZ2wsx" } }""";
        await VerifyAsync(new[] { ("/test/TestWebAppCore/appsettings.json", walk) }, editorConfig: null, assemblyName: null);
        await VerifyAsync("/src/WebApp/appsettings.json", """{ "Saml2": { "SigningCertificatePassword": "[|!QAZ2wsx|]" } }""");
    }

    [Fact]
    public async Task A_test_project_keeps_no_other_exemption()
    {
        await VerifyAsync(
            new[] { ("/app/appsettings.json", $$"""{ "Stripe": { "ApiKey": "[|{{Fake.Token("sk_" + "test_", 24)}}|]" } }""") },
            editorConfig: null,
            assemblyName: "Payroll.Tests");
    }
}
