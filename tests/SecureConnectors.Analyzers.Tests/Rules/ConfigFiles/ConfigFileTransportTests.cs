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
              "Notes": { "Text": "never set DangerousAcceptAnyServerCertificate to true" },
              "Kafka": { "EnableSslCertificateVerification": {|SC2002:false|}, "EnableSsl": false },
              "Nats": { "InsecureSkipVerify": {|SC2002:true|} },
              "Audit": { "EnableSslCertificateVerification": true, "InsecureSkipVerify": false }
            }
            """);

    // The developer's machine: a cluster whose destinations are all local accepts their development certificates and
    // nothing else. A cluster with a remote destination, or the same cluster in the settings every environment loads,
    // is still reported.
    [Fact]
    public Task Leaves_a_development_cluster_of_local_destinations_alone() =>
        VerifyAsync("/src/Billing.Gateway/appsettings.Development.json", """
            {
              "ReverseProxy": {
                "Clusters": {
                  "legacy-invoices": {
                    "Destinations": { "local": { "Address": "https://localhost:7443/" }, "compose": { "Address": "https://invoices:8443/" } },
                    "HttpClient": { "DangerousAcceptAnyServerCertificate": true }
                  },
                  "ledger": {
                    "Destinations": { "local": { "Address": "https://localhost:7444/" }, "staging": { "Address": "https://ledger-staging.contoso-fin.com/" } },
                    "HttpClient": { "DangerousAcceptAnyServerCertificate": {|SC2002:true|} }
                  }
                }
              }
            }
            """);

    [Fact]
    public Task Reports_a_cluster_of_local_destinations_outside_development_settings() =>
        VerifyAsync("/src/Billing.Gateway/appsettings.json", """
            {
              "ReverseProxy": { "Clusters": { "legacy-invoices": {
                "Destinations": { "local": { "Address": "https://localhost:7443/" } },
                "HttpClient": { "DangerousAcceptAnyServerCertificate": {|SC2002:true|} }
              } } }
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
              "Kestrel": { "EndpointDefaults": { "SslProtocols": "None" } },
              "Lowercase": { "SslProtocols": "{|SC2003:tls11|tls12|}" },
              "NotAnEnumName": { "SslProtocols": "TLS 1.2" }
            }
            """);

    [Fact]
    public Task Reports_connection_strings_that_distrust_a_remote_server() =>
        VerifyAsync("/gateway/appsettings.json", """
            {
              "ConnectionStrings": {
                "Routes": "{|SC2002:mongodb://svc:pw@routes-0.gateway.internal:27017,routes-1.gateway.internal/?tls=true&tlsAllowInvalidCertificates=true|}",
                "Ledger": "{|SC2002:Server=tcp:contoso-ledger.database.windows.net,1433;Database=Ledger;Encrypt=True;TrustServerCertificate=True|}",
                "Checked": "mongodb://routes-0.gateway.internal/?tls=true&tlsAllowInvalidCertificates=false",
                "Validated": "Server=tcp:contoso-ledger.database.windows.net,1433;Encrypt=True;TrustServerCertificate=False"
              }
            }
            """);

    [Fact]
    public Task Reports_a_distrusting_connection_string_in_web_config() =>
        VerifyAsync("/legacy/web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <connectionStrings>
                <add name="Payroll" connectionString="{|SC2002:Data Source=sql01.payroll.corp\HR;Initial Catalog=Payroll;Integrated Security=True;Trust Server Certificate=yes|}" />
                <add name="Local" connectionString="Data Source=(localdb)\MSSQLLocalDB;Initial Catalog=Payroll;TrustServerCertificate=True" />
              </connectionStrings>
            </configuration>
            """);

    [Fact]
    public Task Leaves_connection_strings_to_development_servers_alone() =>
        VerifyAsync("/web/appsettings.Development.json", """
            {
              "ConnectionStrings": {
                "Catalog": "Server=sqlserver,1433;Initial Catalog=Catalog;User Id=sa;TrustServerCertificate=true;",
                "Tenant": "Server=localhost;Database=Tenant1;Integrated Security=true;TrustServerCertificate=true",
                "Local": "Server=.;Database=Orders;Trusted_Connection=True;TrustServerCertificate=True",
                "Mongo": "mongodb://127.0.0.1:27017/?tlsAllowInvalidCertificates=true",
                "Docker": "mongodb://mongo:27017/?tls=true&tlsInsecure=true",
                "Doc": "mongodb://db.example.com/?tlsAllowInvalidCertificates=true"
              }
            }
            """);

    [Fact]
    public Task Reports_connection_strings_that_reach_a_remote_database_without_encryption() =>
        VerifyAsync("/hr/appsettings.Production.json", """
            {
              "ConnectionStrings": {
                "Payroll": "{|SC2001:Server=tcp:contoso-payroll.database.windows.net,1433;Database=Payroll;Encrypt=False|}",
                "RawStorage": "{|SC2001:DefaultEndpointsProtocol=http;AccountName=contosoraw;EndpointSuffix=core.windows.net|}",
                "LocalStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1",
                "Directory": "{|SC2001:Host=pg.hr.corp;Database=directory;SSL Mode=Disable|}",
                "Encrypted": "Server=tcp:contoso-payroll.database.windows.net,1433;Encrypt=True",
                "Local": "Host=localhost;Database=dev;SSL Mode=Disable",
                "Container": "Server=mysql;Database=crm;SslMode=None"
              }
            }
            """);

    [Fact]
    public Task Reports_connection_strings_that_allow_an_obsolete_protocol_with_a_remote_server() =>
        VerifyAsync("/crm/appsettings.Production.json", """
            {
              "ConnectionStrings": {
                "Crm": "{|SC2003:Server=mysql.crm.contoso.com;Database=crm;TlsVersion=TLS 1.0, TLS 1.2|}",
                "Cache": "{|SC2003:cache.contoso.com:6380,ssl=true,sslProtocols=Tls11|}",
                "Current": "Server=mysql.crm.contoso.com;TlsVersion=TLS 1.2, TLS 1.3",
                "Local": "Server=localhost;TlsVersion=TLS 1.0"
              }
            }
            """);

    [Fact]
    public Task Reports_tls_switched_off_beside_a_remote_server() =>
        VerifyAsync("/worker/appsettings.json", """
            {
              "Serilog": { "WriteTo": [ { "Name": "PartnerLogs", "Args": { "url": "intake.logs.partner-telemetry.com", "port": 10516, "useSSL": {|SC2001:false|} } } ] },
              "Relay": { "Host": "localhost", "Port": 2525, "UseSsl": false },
              "Secure": { "Host": "relay.contoso.com", "UseSsl": true },
              "Lonely": { "UseSsl": false },
              "Other": { "Host": "relay.contoso.com" }, "Elsewhere": { "UseSsl": false },
              "MailKit": { "Host": "smtp.sendgrid.net", "Port": 587, "UseSsl": false },
              "Implicit": { "Host": "smtp.sendgrid.net", "Port": 465, "UseSsl": {|SC2001:false|} }
            }
            """);

    [Fact]
    public Task Reports_the_mail_settings_network_element_without_tls() =>
        VerifyAsync("/legacy/web.config", """
            <configuration>
              <system.net>
                <mailSettings>
                  <smtp from="payroll@contoso.com"><network host="smtp.sendgrid.net" port="587" enableSsl="{|SC2001:false|}" /></smtp>
                </mailSettings>
              </system.net>
              <appSettings>
                <add key="SmtpHost" value="smtp.contoso.com" />
                <add key="UseSsl" value="false" />
              </appSettings>
            </configuration>
            """);

    [Fact]
    public Task Leaves_a_test_projects_files_alone() =>
        VerifyAsync("/tests/Gateway.Tests/appsettings.json", """
            { "HttpClient": { "DangerousAcceptAnyServerCertificate": true } }
            """);

    // A connection string being typed: every prefix of the file, odd authorities and separators included.
    [Fact]
    public async Task Never_throws_on_any_prefix_of_odd_connection_strings()
    {
        const string File = """
            { "ConnectionStrings": {
              "A": "mongodb://svc:@[::1:27017,routes-0.gateway.internal,/?tls=true&tlsInsecure=true&=&?,",
              "B": "Server=tcp:,1433;Trust Server Certificate=yes;Host=@;Data Source=\\inst;Address==",
              "C": "://?tlsAllowInvalidCertificates=true", "D": "a://@", "E": "=;&?,==true"
            } }
            """;
        for (var length = 0; length <= File.Length; length++)
        {
            await ConfigFileDiagnostics.RunAsync("/gateway/appsettings.json", File.Substring(0, length), new ConfigFileTransportAnalyzer());
        }

        Assert.Single(await ConfigFileDiagnostics.RunAsync("/gateway/appsettings.json", File, new ConfigFileTransportAnalyzer()));
    }

    // An address an options type hands to a client, a log sink or an authentication handler: read as a literal's URL is.
    [Fact]
    public Task Reports_plain_http_addresses_of_remote_servers_in_settings() =>
        VerifyAsync("/src/Billing.Api/appsettings.Production.json", """
            {
              "Partners": { "Ledger": { "BaseUrl": "{|SC2001:http://api.ledger-partner.com/v2/|}", "TimeoutSeconds": 30 } },
              "Serilog": { "WriteTo": [ { "Name": "Seq", "Args": { "serverUrl": "{|SC2001:http://seq.contoso.com:5341|}" } } ] },
              "WsFederation": { "MetadataAddress": "{|SC2001:http://sts.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml|}" },
              "Feeds": { "Urls": [ "{|SC2001:ws://feed.contoso.com/prices|}", "wss://feed.contoso.com/orders" ] },
              "Secure": { "BaseUrl": "https://api.ledger-partner.com/v2/" }
            }
            """);

    [Fact]
    public Task Reports_plain_http_addresses_in_app_settings_and_launch_profiles() =>
        VerifyAsync("/src/Billing.Export/app.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="InvoicePostUrl" value="{|SC2001:http://invoices.partner-erp.com/api/post|}" />
                <add key="PrivacyPolicy" value="http://partner-erp.com/privacy" />
              </appSettings>
            </configuration>
            """);

    // WCF's endpoint behaviours: the client's check of the service certificate switched off. The service's check of its
    // clients' certificates and the validating modes are left alone.
    [Fact]
    public Task Reports_a_wcf_client_that_accepts_any_service_certificate() =>
        VerifyAsync("/src/Billing.Export/app.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <system.serviceModel>
                <behaviors>
                  <endpointBehaviors>
                    <behavior name="ledger">
                      <clientCredentials>
                        <serviceCertificate>
                          <authentication certificateValidationMode="{|SC2002:None|}" revocationMode="NoCheck" />
                          <sslCertificateAuthentication certificateValidationMode="ChainTrust" />
                        </serviceCertificate>
                      </clientCredentials>
                    </behavior>
                  </endpointBehaviors>
                  <serviceBehaviors>
                    <behavior name="intake">
                      <serviceCredentials>
                        <clientCertificate>
                          <authentication certificateValidationMode="None" />
                        </clientCertificate>
                      </serviceCredentials>
                    </behavior>
                  </serviceBehaviors>
                </behaviors>
              </system.serviceModel>
            </configuration>
            """);

    // A WCF service's own addresses (its metadata page, its host's base addresses) and CORS origins are not servers the
    // app calls; a client endpoint's address is.
    [Fact]
    public Task Leaves_a_wcf_service_s_own_addresses_and_cors_origins_alone() =>
        VerifyAsync("/src/Claims.Portal/web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <system.serviceModel>
                <services>
                  <service name="Claims.Intake">
                    <host><baseAddresses><add baseAddress="http://claims.contoso-mutual.com/intake" /></baseAddresses></host>
                  </service>
                </services>
                <behaviors><serviceBehaviors><behavior><serviceMetadata httpGetEnabled="true" httpGetUrl="http://claims.contoso-mutual.com/intake/wsdl" /></behavior></serviceBehaviors></behaviors>
                <client>
                  <endpoint address="{|SC2001:http://documents.contoso-mutual.com/DocumentService.svc|}" binding="basicHttpBinding" contract="IDocuments" />
                </client>
              </system.serviceModel>
            </configuration>
            """);

    [Fact]
    public Task Leaves_cors_origins_alone() =>
        VerifyAsync("/src/MovieNight.Api/appsettings.json", """
            {
              "Cors": { "AllowedOrigins": [ "http://movienight-client.netlify.app", "https://movienight.example" ] },
              "Omdb": { "BaseUrl": "{|SC2001:http://www.omdbapi.com/|}" }
            }
            """);

    [Fact]
    public Task Leaves_the_framework_s_proxy_element_alone() =>
        VerifyAsync("/src/Billing.Export/app.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <system.net>
                <defaultProxy enabled="true">
                  <proxy proxyaddress="http://proxy.corp-egress.com:8080" bypassonlocal="true" />
                </defaultProxy>
              </system.net>
            </configuration>
            """);

    [Fact]
    public Task Reports_a_reverse_proxy_s_plain_http_destination() =>
        VerifyAsync("/src/Billing.Gateway/appsettings.json", """
            {
              "ReverseProxy": { "Clusters": { "ledger": { "Destinations": { "d1": { "Address": "{|SC2001:http://ledger.partner-erp.com/|}" } } } } }
            }
            """);

    [Fact]
    public Task Leaves_local_listening_identifier_and_placeholder_addresses_alone() =>
        VerifyAsync("/src/Billing.Api/appsettings.json", """
            {
              "$schema": "http://json.schemastore.org/appsettings",
              "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5000" }, "Admin": { "Url": "http://+:8081" } } },
              "Urls": "http://*:80",
              "Local": { "BaseUrl": "http://localhost:5001/", "Compose": "http://ledger:8080/" },
              "Jwt": { "Issuer": "http://sts.contoso.com/adfs/services/trust", "Audience": "http://billing.contoso.com/" },
              "Saml": { "EntityId": "http://billing.contoso.com/saml" },
              "Egress": { "Proxy": "http://proxy.corp.contoso.com:3128" },
              "Docs": { "DocumentationUrl": "http://docs.contoso.com/billing", "TermsUrl": "http://contoso.com/terms" },
              "Samples": { "BaseUrl": "http://api.contoso.example/", "Callback": "http://your-subdomain.ngrok-free.app/hooks" },
              "Text": { "Message": "Call http://api.contoso.com/ for help" },
              "Health": { "ConnectivityCheck": "http://www.msftncsi.com/ncsi.txt" },
              "Docker": { "WebBase": "http://host.docker.internal:5106/" }
            }
            """);

    [Fact]
    public Task Leaves_the_app_s_own_listening_addresses_alone() =>
        VerifyAsync("/src/Billing.Api/Properties/launchSettings.json", """
            {
              "profiles": {
                "Billing": {
                  "commandName": "Project",
                  "applicationUrl": "http://billing.contoso.com",
                  "environmentVariables": {
                    "ASPNETCORE_URLS": "http://billing.contoso.com:80",
                    "OTEL_EXPORTER_OTLP_ENDPOINT": "{|SC2001:http://otel.contoso.com:4318|}"
                  }
                }
              }
            }
            """);

    [Fact]
    public Task Leaves_plain_http_addresses_in_test_settings_alone() =>
        VerifyAsync("/tests/Billing.IntegrationTests/appsettings.json", """
            { "Partners": { "Ledger": { "BaseUrl": "http://api.ledger-partner.com/v2/" } } }
            """);

    private static Task VerifyAsync(string path, string markup)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileTransportAnalyzer>.Test { TestCode = "internal static class Program { }" };
        test.TestState.AdditionalFiles.Add((path, markup));
        return test.RunAsync();
    }
}
