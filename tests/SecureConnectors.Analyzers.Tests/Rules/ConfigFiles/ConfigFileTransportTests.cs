using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.ConfigFiles;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>
/// SC2002 in configuration files: settings named to turn certificate validation off, set to the value that does, in
/// JSON (booleans and strings) and XML; look-alikes: the validating value, revocation, other settings, a string that
/// only mentions one, and the same files in a test project.
/// </summary>
public sealed class ConfigFileTransportTests
{
    [Fact]
    public Task Reports_settings_that_turn_validation_off_in_appsettings() =>
        VerifyAsync("/gateway/appsettings.json", """
            {
              "ReverseProxy": {
                "Clusters": {
                  "payroll": {
                    "HttpClient": { "DangerousAcceptAnyServerCertificate": [|true|], "SslProtocols": [ "Tls12" ] },
                    "Destinations": { "d1": { "Address": "https://payroll.contoso.example/" } }
                  },
                  "ledger": { "HttpClient": { "DangerousAcceptAnyServerCertificate": false } }
                }
              },
              "Sso": { "ValidateCertificates": [|false|], "CheckCertificateRevocation": false },
              "Mongo": { "AllowInsecureTls": "[|True|]", "UseTls": false },
              "Notes": { "Text": "never set DangerousAcceptAnyServerCertificate to true" }
            }
            """);

    [Fact]
    public Task Reports_an_app_setting_that_ignores_certificate_errors() =>
        VerifyAsync("/legacy/web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="IgnoreSslErrors" value="[|true|]" />
                <add key="VerifySsl" value="true" />
              </appSettings>
            </configuration>
            """);

    [Fact]
    public Task Leaves_a_test_projects_files_alone() =>
        VerifyAsync("/tests/Gateway.Tests/appsettings.json", """
            { "HttpClient": { "DangerousAcceptAnyServerCertificate": true } }
            """);

    private static Task VerifyAsync(string path, string markup)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileTransportAnalyzer>.Test { TestCode = "internal static class Program { }" };
        test.TestState.AdditionalFiles.Add((path, markup));
        return test.RunAsync();
    }
}
