using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>SC1003 in web.config, app.config and *.exe.config.</summary>
public sealed class XmlConfigFileTests
{
    private static readonly string ClientSecret = Fake.Chars(32, Fake.Alnum + "~._-", seed: 3);
    private static readonly string Password = Fake.Password(seed: 5).Replace("#", "%");

    [Fact]
    public async Task Connection_strings_and_app_settings_are_read_by_their_names()
    {
        await VerifyAsync("/app/web.config", $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <connectionStrings>
                <add name="Payroll" providerName="System.Data.SqlClient"
                     connectionString="{|#0:Data Source=sql.contoso.example;Initial Catalog=payroll;User ID=payroll;Password={{Password}}|}" />
                <add name="Reporting" connectionString="Data Source=sql.contoso.example;Initial Catalog=reports;Integrated Security=SSPI" />
              </connectionStrings>
              <appSettings>
                <add key="StripeApiKey" value="{|#1:{{ClientSecret}}|}" />
                <add key="StripeBaseUrl" value="https://api.stripe.com/v1/" />
                <add key="SupportPassword" value="${SUPPORT_PASSWORD}" />
                <add key="webpages:Version" value="3.0.0.0" />
              </appSettings>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("connectionStrings:Payroll", "web.config", "connection string with its 'Password'"),
            Diagnostic().WithLocation(1).WithArguments("appSettings:StripeApiKey", "web.config", "API key"));
    }

    // A name/value pair is read by its name, as appSettings' key/value is: a .runsettings parameter, a log4net param.
    [Fact]
    public async Task Name_and_value_pairs_are_read_by_their_names()
    {
        await VerifyAsync("/app/nightly.runsettings.config", $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <RunSettings>
              <TestRunParameters>
                <Parameter name="AdminPassword" value="{|#0:{{Password}}|}" />
                <Parameter name="BaseUrl" value="https://uat.contoso.example/" />
                <Parameter name="AdminEmail" value="uat-admin@contoso.example" />
              </TestRunParameters>
            </RunSettings>
            """,
            Diagnostic().WithLocation(0).WithArguments("RunSettings:TestRunParameters:Parameter:AdminPassword", "nightly.runsettings.config", "password"));
    }

    [Fact]
    public async Task Elements_and_attributes_with_secret_names_are_read()
    {
        await VerifyAsync("/app/Payroll.exe.config", $$"""
            <configuration>
              <payroll endpoint="https://api.payroll.example" apiKey="{|#0:{{ClientSecret}}|}">
                <credentials>
                  <userName>payroll-sync</userName>
                  <password>
                    {|#1:{{Password}}|}
                  </password>
                  <clientSecret><![CDATA[{|#2:{{ClientSecret}}|}]]></clientSecret>
                </credentials>
              </payroll>
              <system.net>
                <mailSettings>
                  <smtp from="payroll@contoso.example"><network host="smtp.contoso.example" userName="mailer" password="{|#3:{{Password}}|}" /></smtp>
                </mailSettings>
              </system.net>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("payroll:apiKey", "Payroll.exe.config", "API key"),
            Diagnostic().WithLocation(1).WithArguments("payroll:credentials:password", "Payroll.exe.config", "password"),
            Diagnostic().WithLocation(2).WithArguments("payroll:credentials:clientSecret", "Payroll.exe.config", "secret"),
            Diagnostic().WithLocation(3).WithArguments("system.net:mailSettings:smtp:network:password", "Payroll.exe.config", "password"));
    }

    [Fact]
    public async Task Entities_are_decoded_before_judging_and_the_span_covers_the_written_text()
    {
        var written = Password.Replace("%", "&amp;");
        await VerifyAsync("/app/app.config", $$"""
            <configuration>
              <appSettings>
                <add key="LedgerPassword" value="{|#0:{{written}}|}" />
              </appSettings>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("appSettings:LedgerPassword", "app.config", "password"));
    }

    // An attribute's line breaks reach the reader as spaces (XML attribute normalization), header fields included.
    [Fact]
    public async Task An_encrypted_pem_key_in_an_attribute_is_reported()
    {
        var body = string.Join("\n", Fake.Chars(64, Fake.Base64, seed: 21), Fake.Chars(64, Fake.Base64, seed: 22), Fake.Chars(40, Fake.Base64, seed: 23));
        await VerifyAsync("/samples/Platform/App.config", $$"""
            <configuration>
              <appSettings>
                <add key="partnerPrivateKeyPassword" value="${PARTNER_KEY_PASSWORD}" />
                <add key="partnerPrivateKey" value="{|#0:-----BEGIN RSA PRIVATE KEY-----
            Proc-Type: 4,ENCRYPTED
            DEK-Info: AES-256-CBC,{{Fake.Chars(32, Fake.Hex, seed: 24).ToUpperInvariant()}}

            {{body}}
            -----END RSA PRIVATE KEY-----|}" />
                <add key="partnerPublicKey" value="-----BEGIN PUBLIC KEY-----
            {{body}}
            -----END PUBLIC KEY-----" />
              </appSettings>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("appSettings:partnerPrivateKey", "App.config", "private key"));
    }

    [Fact]
    public async Task A_nuget_config_with_a_clear_text_password_is_reported()
    {
        await VerifyAsync("/repo/NuGet.Config", $$"""
            <configuration>
              <packageSourceCredentials>
                <contoso>
                  <add key="Username" value="build" />
                  <add key="ClearTextPassword" value="{|#0:{{Password}}|}" />
                </contoso>
              </packageSourceCredentials>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("packageSourceCredentials:contoso:ClearTextPassword", "NuGet.Config", "password"));
    }

    [Fact]
    public async Task Machine_keys_are_reported_unless_generated_by_the_server()
    {
        var validationKey = Fake.Chars(128, Fake.Hex.ToUpperInvariant().Substring(0, 10) + "ABCDEF", seed: 7);
        var decryptionKey = Fake.Chars(64, Fake.Hex.ToUpperInvariant().Substring(0, 10) + "ABCDEF", seed: 8);
        await VerifyAsync("/app/web.config", $$"""
            <configuration>
              <system.web>
                <machineKey validationKey="{|#0:{{validationKey}}|}" decryptionKey="{|#1:{{decryptionKey}}|}" validation="HMACSHA256" decryption="AES" />
              </system.web>
              <location path="legacy"><system.web><machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" /></system.web></location>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("system.web:machineKey:validationKey", "web.config", "machine key"),
            Diagnostic().WithLocation(1).WithArguments("system.web:machineKey:decryptionKey", "web.config", "machine key"));
    }

    [Fact]
    public async Task Application_and_user_settings_are_read_by_the_setting_name()
    {
        var apiKey = Fake.Chars(32, Fake.Alnum, seed: 11);
        await VerifyAsync("/app/Web.config", $$"""
            <configuration>
              <applicationSettings>
                <Contoso.BuildMonitor.Properties.Settings>
                  <setting name="TeamCityUrl" serializeAs="String"><value>https://ci.contoso.com</value></setting>
                  <setting name="PartnerApiKey" serializeAs="String">
                    <value>{|#0:{{apiKey}}|}</value>
                  </setting>
                  <setting name="BuildLabel" serializeAs="String"><value>{{apiKey}}</value></setting>
                </Contoso.BuildMonitor.Properties.Settings>
              </applicationSettings>
              <userSettings>
                <Contoso.BuildMonitor.Properties.Settings>
                  <setting name="ApiToken" serializeAs="String"><value>{|#1:{{apiKey}}|}</value></setting>
                  <setting name="Password" serializeAs="String"><value /></setting>
                </Contoso.BuildMonitor.Properties.Settings>
              </userSettings>
            </configuration>
            """,
            Diagnostic().WithLocation(0).WithArguments("applicationSettings:Contoso.BuildMonitor.Properties.Settings:PartnerApiKey", "Web.config", "API key"),
            Diagnostic().WithLocation(1).WithArguments("userSettings:Contoso.BuildMonitor.Properties.Settings:ApiToken", "Web.config", "token"));
    }

    [Fact]
    public async Task Machine_keys_of_a_test_project_are_its_test_host_keys()
    {
        var validationKey = Fake.Chars(128, Fake.Hex.ToUpperInvariant().Substring(0, 10) + "ABCDEF", seed: 9);
        await VerifyAsync("/DNN Platform/Tests/App.config", $$"""
            <configuration>
              <system.web><machineKey validationKey="{{validationKey}}" decryptionKey="{{validationKey.Substring(0, 48)}}" /></system.web>
            </configuration>
            """);
    }

    [Fact]
    public async Task A_config_without_secrets_is_quiet()
    {
        await VerifyAsync("/app/web.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
              <connectionStrings>
                <add name="Trusted" connectionString="Server=sql.contoso.example;Database=payroll;Trusted_Connection=True" />
                <add name="Managed" connectionString="Server=tcp:payroll.database.windows.net;Database=payroll;Authentication=Active Directory Default" />
                <add name="Storage" connectionString="UseDevelopmentStorage=true" />
              </connectionStrings>
              <appSettings>
                <add key="ApiKey" value="#{Payroll.ApiKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
                <add key="ClientSecret" value="%CLIENT_SECRET%" />
                <add key="Token" value="" />
                <add key="KeyVaultSecret" value="@Microsoft.KeyVault(SecretUri=https://payroll-vault.vault.azure.net/secrets/Token/)" />
              </appSettings>
              <system.web>
                <compilation debug="true" targetFramework="4.8" />
                <machineKey validation="HMACSHA256" />
              </system.web>
            </configuration>
            """);
    }
}
