using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.ConfigFiles;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>
/// SC2002 and SC2003 in configuration files: settings named to turn certificate validation off, set to the value that
/// does, in JSON (booleans and strings) and XML, and protocol settings that name an obsolete protocol; look-alikes: the
/// validating value, revocation, other settings, a string that only mentions one, modern protocols, and the same files
/// in a test project.
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
                    "HttpClient": { "DangerousAcceptAnyServerCertificate": {|SC2002:true|}, "SslProtocols": [ "Tls12" ] },
                    "Destinations": { "d1": { "Address": "https://payroll.contoso.example/" } }
                  },
                  "ledger": { "HttpClient": { "DangerousAcceptAnyServerCertificate": false } }
                }
              },
              "Ldap": { "ValidateServerCertificate": {|SC2002:false|}, "CheckCertificateRevocation": false },
              "Saml2": { "IdentityProviders": [ { "EntityId": "https://idp.contoso.example", "ValidateCertificates": false } ] },
              "Mongo": { "AllowInsecureTls": "{|SC2002:True|}", "UseTls": false },
              "Notes": { "Text": "never set DangerousAcceptAnyServerCertificate to true" }
            }
            """);

    [Fact]
    public Task Reports_an_app_setting_that_ignores_certificate_errors() =>
        VerifyAsync("/legacy/web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="IgnoreSslErrors" value="{|SC2002:true|}" />
                <add key="VerifySsl" value="true" />
              </appSettings>
            </configuration>
            """);

    [Fact]
    public Task Reports_obsolete_protocols_named_in_configuration() =>
        VerifyAsync("/gateway/appsettings.Staging.json", """
            {
              "ReverseProxy": { "Clusters": {
                "legacy": { "HttpClient": { "SslProtocols": [ "{|SC2003:Tls11|}", "Tls12" ] } },
                "current": { "HttpClient": { "SslProtocols": [ "Tls12", "Tls13" ] } }
              } },
              "Smtp": { "EnabledSslProtocols": "{|SC2003:Ssl3, Tls12|}", "Protocol": "Tls11" },
              "Kestrel": { "EndpointDefaults": { "SslProtocols": "None" } }
            }
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
