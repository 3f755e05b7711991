using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>SC1003 in appsettings*.json and launchSettings.json: what is reported, where, and with which message.</summary>
public sealed class JsonConfigFileTests
{
    private static readonly string StripeKey = Fake.Token("sk_" + "live_", 24);
    private static readonly string ClientSecret = Fake.Chars(32, Fake.Alnum + "~._-", seed: 3);
    private static readonly string Password = Fake.Password(seed: 5);

    [Fact]
    public async Task Provider_key_is_reported_on_its_value_with_path_file_and_kind()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Stripe": {
                "PublishableKey": "pk_live_{{Fake.Chars(24)}}",
                "ApiKey": "{|#0:{{StripeKey}}|}"
              }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("Stripe:ApiKey", "appsettings.json", "Stripe secret key"));
    }

    [Fact]
    public async Task Secret_names_are_judged_by_the_last_segment_in_any_environment_file()
    {
        await VerifyAsync("/app/appsettings.Development.json", $$"""
            {
              "Payroll": { "ClientId": "payroll-sync", "ClientSecret": "{|#0:{{ClientSecret}}|}" },
              "Smtp": { "Host": "smtp.contoso.example", "UserName": "mailer", "Password": "{|#1:{{Password}}|}" }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("Payroll:ClientSecret", "appsettings.Development.json", "secret"),
            Diagnostic().WithLocation(1).WithArguments("Smtp:Password", "appsettings.Development.json", "password"));
    }

    // A blog's admin user kept as a salted digest beside its salt (Miniblog.Core) is the verifier a typed password is
    // checked against. Hex of a digest's length with no salt beside it (a generated database password), or a salt in
    // another object, is still a password.
    [Fact]
    public async Task A_password_digest_beside_its_salt_is_a_stored_verifier()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "user": { "username": "demo", "password": "{{Fake.Chars(64, Fake.Hex, seed: 21)}}", "salt": "any custom string" },
              "admin": { "Password": "{{Fake.Chars(40, Fake.Hex, seed: 22)}}", "PasswordSalt": "{{Fake.Chars(16, Fake.Hex, seed: 23)}}" },
              "Database": { "Password": "[|{{Fake.Chars(64, Fake.Hex, seed: 24)}}|]" },
              "Reports": { "Password": "[|{{Fake.Chars(64, Fake.Hex, seed: 25)}}|]", "Hashing": { "Salt": "pepper" } },
              "Mailer": { "Password": "[|{{Fake.Chars(48, Fake.Hex, seed: 26)}}|]", "Salt": "x" }
            }
            """);
    }

    // A key typed with a misspelling is read by code with the same one, and still holds the secret.
    [Fact]
    public async Task Misspelled_secret_names_are_still_secret_names()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Spotify": { "ClientId": "{{Fake.Chars(32, Fake.Hex, seed: 8)}}", "ClientSecert": "[|{{Fake.Chars(32, Fake.Hex, seed: 9)}}|]" },
              "Database": { "Pasword": "[|{{Password}}|]" }
            }
            """);
    }

    // Learners' Web APIs keep the JWT signing key under TokenOptions:SecurityKey or a course's TokenKey (the key a
    // SymmetricSecurityKey is made from); a key id, a token's cache key and a claim name under such names are not keys.
    [Fact]
    public async Task A_security_key_or_token_key_is_a_signing_key()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "TokenOptions": { "Audience": "realestate", "SecurityKeyId": "{{Fake.Chars(16, Fake.Hex, seed: 30)}}", "SecurityKey": "[|{{Fake.Chars(32, Fake.Alnum, seed: 31)}}|]" },
              "TokenKey": "[|{{Fake.Chars(40, Fake.Alnum, seed: 32)}}|]",
              "Cache": { "TokenCacheKey": "{{Fake.Chars(24, Fake.Alnum, seed: 33)}}", "TokenKey2Claim": "sub" }
            }
            """);
    }

    // A map of secrets keyed by partner id: each lower-case entry under a plural secret name is one of its keys. A
    // PascalCase setting under such a list names itself, and a map under a plural that names no secret is data.
    [Fact]
    public async Task A_map_of_keys_keyed_by_partner_ids_holds_keys()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "PartnerSigningKeys": { "harbor-re": "[|{{Fake.Chars(43, Fake.Base64, seed: 34)}}=|]", "northwind": "[|{{Fake.Chars(40, Fake.Alnum, seed: 35)}}|]" },
              "ApiTokens": { "VaultName": "kv-partner-prod", "Region": "{{Fake.Chars(20, Fake.Alnum, seed: 36)}}x" },
              "PartnerEndpoints": { "harbor-re": "{{Fake.Chars(40, Fake.Alnum, seed: 37)}}" }
            }
            """);
    }

    // A plain "Keys" map under a secret's name, and an entry's Key under a map of credentials keyed by partner id: named by
    // the secret above them. A Keys map under a name that says no secret, and an entry's Key under one, are data.
    [Fact]
    public async Task Keys_maps_and_credential_entries_are_named_by_the_secret_above_them()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Authentication": {
                "ApiKey": { "HeaderName": "X-Partner-Key", "Keys": { "reporting-service": "[|ks_{{Fake.Chars(40, Fake.Alnum, seed: 38)}}|]" } },
                "Hawk": { "Credentials": { "ledgerline": { "Key": "[|{{Fake.Chars(43, Fake.Base64, seed: 39)}}=|]", "Algorithm": "sha256" } } }
              },
              "Routing": { "Keys": { "reporting-service": "{{Fake.Chars(40, Fake.Alnum, seed: 40)}}" } },
              "Features": { "Flags": { "ledgerline": { "Key": "{{Fake.Chars(43, Fake.Base64, seed: 41)}}=" } } }
            }
            """);
    }

    // OTLP exporters authenticate to the backend through the headers they are given.
    [Fact]
    public async Task A_machine_made_value_in_a_header_list_is_the_backend_s_key()
    {
        await VerifyAsync("/app/Properties/launchSettings.json", $$"""
            {
              "profiles": { "Billing.Api": { "commandName": "Project", "environmentVariables": {
                "OTEL_EXPORTER_OTLP_HEADERS": "{|#0:x-honeycomb-team={{Fake.Chars(22, Fake.Alnum, seed: 14)}}|}",
                "OTEL_EXPORTER_OTLP_TRACES_HEADERS": "x-source=billing-api,x-tenant={{Fake.Uuid(15)}}",
                "OTEL_EXPORTER_OTLP_LOGS_HEADERS": "Authorization=Basic%ZZ,x-source=%",
                "OTEL_RESOURCE_ATTRIBUTES": "service.name=billing,service.instance.id={{Fake.Chars(22, Fake.Alnum, seed: 16)}}"
              } } }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("profiles:Billing.Api:environmentVariables:OTEL_EXPORTER_OTLP_HEADERS", "launchSettings.json", "header credential"));
    }

    // dotnet user-jwts writes its signing keys as a list of { Id, Issuer, Value, Length }: each Value is a key.
    [Fact]
    public async Task Each_value_of_a_list_of_keys_is_a_key()
    {
        await VerifyAsync("/app/appsettings.Development.json", $$"""
            {
              "Authentication": { "Schemes": { "Bearer": {
                "ValidIssuer": "dotnet-user-jwts",
                "SigningKeys": [ { "Id": "{{Fake.Chars(8, Fake.Hex, seed: 10)}}", "Issuer": "dotnet-user-jwts", "Value": "[|{{Fake.Chars(43, Fake.Base64, seed: 11)}}=|]", "Length": 32 } ]
              } } },
              "Partner": { "ApiKeys": [ { "Name": "primary", "Value": "[|{{Fake.Chars(40, Fake.Alnum, seed: 12)}}|]" } ] },
              "Features": { "Toggles": [ { "Name": "beta", "Value": "{{Fake.Chars(40, Fake.Alnum, seed: 13)}}" } ] }
            }
            """);
    }

    // A weak password in a shipped host app's connection string is a real one; in a test project's settings it is a fixture.
    [Fact]
    public async Task Fixture_passwords_in_connection_strings_are_reported_outside_test_projects()
    {
        await VerifyAsync("/src/Spider.Portal/appsettings.json", """
            {
              "ConnectionString": "[|Database='spider';Data Source=192.168.10.17;password=1qazZAQ!;User ID=root;Port=3306;|]",
              "Local": "Server=localhost;User Id=sa;Password=P@ssw0rd!"
            }
            """);
        await VerifyAsync("/src/Spider.Tests/appsettings.json", """
            {
              "ConnectionString": "Database='spider';Data Source=192.168.10.17;password=1qazZAQ!;User ID=root;Port=3306;",
              "Compose": "Server=mysql;User Id=root;Password=Xk29!vqLmr"
            }
            """);
    }

    // In a test project's settings, a section that points at the test's own server (a Keycloak in a test container
    // on localhost) holds that server's credentials, and in appsettings.Development.json the developer's own (docker
    // compose's); a provider format there is still reported, and so is the same section with a remote server, or in
    // the settings every environment loads.
    private static string KeycloakSection(string server, string secretMark, string secretEnd) => $$"""
        {
          "Keycloak": {
            "realm": "Test",
            "auth-server-url": "{{server}}",
            "resource": "test-client",
            "credentials": { "secret": "{{secretMark}}{{Fake.Chars(32, Fake.Alnum, seed: 21)}}{{secretEnd}}" }
          },
          "Payments": { "BaseUrl": "http://localhost:12111", "ApiKey": "[|{{StripeKey}}|]" }
        }
        """;

    [Fact]
    public async Task Credentials_of_the_test_s_or_developer_s_own_server_are_left_alone_in_test_and_development_settings()
    {
        await VerifyAsync("/tests/Keycloak.IntegrationTests/appsettings.json", KeycloakSection("http://localhost:8080/", "", ""));
        await VerifyAsync("/tests/Keycloak.IntegrationTests/appsettings.Compose.json", KeycloakSection("http://keycloak:8080/", "", ""));
        await VerifyAsync("/tests/Keycloak.IntegrationTests/appsettings.Staging.json", KeycloakSection("https://sso.contoso.com/", "[|", "|]"));
        await VerifyAsync("/src/Keycloak.Web/appsettings.Development.json", KeycloakSection("http://localhost:8080/", "", ""));
        await VerifyAsync("/src/Keycloak.Web/appsettings.Development.json", KeycloakSection("https://sso.contoso.com/", "[|", "|]"));
        await VerifyAsync("/src/Keycloak.Web/appsettings.json", KeycloakSection("http://localhost:8080/", "[|", "|]"));
    }

    // A section that also names a server on another machine is not the test's own: a contract test's environment holds
    // the local provider's URL and the remote broker's, and the broker token beside them opens the remote one.
    [Fact]
    public async Task A_section_that_also_names_a_remote_server_is_not_the_test_s_own()
    {
        await VerifyAsync("/tests/Billing.ContractTests/appsettings.json", $$"""
            {
              "EnvironmentVariables": {
                "PACT_BROKER_BASE_URL": "https://billing.pactflow.io",
                "PACT_PROVIDER_BASE_URL": "http://localhost:5080",
                "PACT_BROKER_TOKEN": "[|{{Fake.Chars(22, Fake.Alnum, seed: 25)}}|]"
              },
              "Provider": {
                "BaseUrl": "http://localhost:5080",
                "Fallback": "${PROVIDER_URL}",
                "ApiKey": "{{Fake.Chars(22, Fake.Alnum, seed: 26)}}"
              }
            }
            """);
    }

    // Only a key whose last word names an address points at a server: a password named after the server certificate
    // it opens does not make its own section local.
    [Fact]
    public async Task A_secret_named_after_a_server_does_not_point_at_one()
    {
        await VerifyAsync("/tests/Billing.IntegrationTests/appsettings.json", $$"""
            { "Kestrel": { "ServerCertificatePassword": "[|{{Fake.Chars(24, Fake.Alnum, seed: 24)}}|]" } }
            """);
    }

    // A release pipeline's replace tokens are filled in at deployment.
    [Fact]
    public async Task Replace_tokens_are_placeholders()
    {
        await VerifyAsync("/src/Billing.Api/appsettings.Production.json", $$"""
            {
              "Payments": { "ApiKey": "__PaymentsPartnerApiKey__", "WebhookSecret": "__PAYMENTS_WEBHOOK_SECRET__" },
              "Other": { "ApiKey": "[|__{{Fake.Chars(32, Fake.Alnum, seed: 23)}}|]" }
            }
            """);
    }

    // A unit typed twice (A1B2C3D4E5F6A1B2C3D4E5F6) is a pattern someone typed, not a generated key.
    [Fact]
    public async Task Repeated_patterns_are_placeholders()
    {
        await VerifyAsync("/src/Scim.WebHostSample/appsettings.Development.json", $$"""
            {
              "Token": {
                "IssuerSigningKey": "A1B2C3D4E5F6A1B2C3D4E5F6",
                "OtherSigningKey": "[|{{Fake.Chars(24, Fake.Hex, seed: 22)}}|]"
              }
            }
            """);
    }

    [Fact]
    public async Task Connection_string_with_a_password_is_reported()
    {
        await VerifyAsync("/app/appsettings.Production.json", $$"""
            {
              "ConnectionStrings": {
                "Default": "{|#0:Server=sql.contoso.example;Database=payroll;User Id=payroll;Password={{Password}}|}"
              }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("ConnectionStrings:Default", "appsettings.Production.json", "connection string with its 'Password'"));
    }

    [Fact]
    public async Task Array_elements_have_their_index_in_the_path()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Webhooks": [
                { "Url": "https://hooks.contoso.example/a", "Secret": "{|#0:{{ClientSecret}}|}" }
              ],
              "ApiTokens": [ "{|#1:{{Fake.Chars(40, Fake.Alnum, seed: 9)}}|}" ]
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("Webhooks:0:Secret", "appsettings.json", "secret"),
            Diagnostic().WithLocation(1).WithArguments("ApiTokens:0", "appsettings.json", "token"));
    }

    [Fact]
    public async Task A_generic_Key_is_read_with_its_parent()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Jwt": { "Issuer": "https://id.contoso.example", "Key": "{|#0:{{ClientSecret}}|}" },
              "Cache": { "Key": "{{ClientSecret}}" },
              "Partner": { "ApiKey": { "Value": "{|#1:{{ClientSecret}}|}" } }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("Jwt:Key", "appsettings.json", "key"),
            Diagnostic().WithLocation(1).WithArguments("Partner:ApiKey:Value", "appsettings.json", "API key"));
    }

    // A shipped default signing key typed as words: anyone who reads it can mint the application's tokens.
    [Fact]
    public async Task A_signing_key_typed_as_words_is_reported_outside_test_code()
    {
        const string settings = """
            {
              "Jwt": { "Issuer": "SimplCommerce", "Key": "{|#0:veryVerySecretKey|}" },
              "Auth": { "SigningKey": "{|#1:ThisIsTheKeyThatSignsOurAccessTokens|}", "TokenSecret": "{|#2:correcthorsebatterystaple|}" },
              "Cache": { "Key": "veryVerySecretKey", "RedisKey": "sessionStateForTheShop" },
              "Jwt2": { "SigningKey": "YourSigningKeyGoesHere", "JwtSecret": "short", "JwtKey": "jwt-signing-key-name" },
              "Tokens": { "SigningKeyName": "ProductionSigningKey" }
            }
            """;
        await VerifyAsync(
            "/app/appsettings.json",
            settings,
            Diagnostic().WithLocation(0).WithArguments("Jwt:Key", "appsettings.json", "key"),
            Diagnostic().WithLocation(1).WithArguments("Auth:SigningKey", "appsettings.json", "key"),
            Diagnostic().WithLocation(2).WithArguments("Auth:TokenSecret", "appsettings.json", "secret"));
        await VerifyAsync(new[] { ("/tests/Shop.Tests/appsettings.json", settings.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}", "")) }, editorConfig: null, assemblyName: null);
    }

    [Fact]
    public async Task Comments_trailing_commas_and_escapes_are_read_as_the_configuration_reader_reads_them()
    {
        // \u0023 is '#': the value is judged decoded, and the span covers the text as written.
        var escaped = Password.Replace("#", "\\u0023");
        await VerifyAsync("/app/appsettings.json", $$"""
            // settings for the payroll sync
            {
              /* the mail relay */
              "Smtp": {
                "Password": "{|#0:{{escaped}}|}", // rotated monthly
              },
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("Smtp:Password", "appsettings.json", "password"));
    }

    [Fact]
    public async Task LaunchSettings_environment_variables_are_judged_by_their_names()
    {
        await VerifyAsync("/app/Properties/launchSettings.json", $$"""
            {
              "profiles": {
                "Payroll": {
                  "commandName": "Project",
                  "applicationUrl": "https://localhost:7001;http://localhost:5001",
                  "environmentVariables": {
                    "ASPNETCORE_ENVIRONMENT": "Development",
                    "PAYROLL_API_KEY": "{|#0:{{ClientSecret}}|}"
                  }
                }
              }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("profiles:Payroll:environmentVariables:PAYROLL_API_KEY", "launchSettings.json", "API key"));
    }

    [Fact]
    public async Task A_key_that_is_not_a_name_is_not_quoted()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            { "Tokens": { "{{StripeKey}}": "{|#0:{{StripeKey}}|}" } }
            """,
            Diagnostic().WithLocation(0).WithArguments("Tokens:(hidden)", "appsettings.json", "Stripe secret key"));
    }

    [Fact]
    public async Task The_users_secret_name_patterns_apply_to_keys()
    {
        await VerifyAsync(
            new[] { ("/app/appsettings.json", $$"""{ "Partner": { "Passcode": "{|#0:{{ClientSecret}}|}", "Region": "{{ClientSecret}}" } }""") },
            "[*.json]\nsecure_connectors.secret_name_patterns = *Passcode",
            assemblyName: null,
            Diagnostic().WithLocation(0).WithArguments("Partner:Passcode", "appsettings.json", "secret"));
    }

    [Fact]
    public async Task The_users_allowlist_applies_to_values()
    {
        var fixture = "fixture-" + Fake.Chars(20, Fake.Lower + Fake.Digits, seed: 2);
        // without the option the fixture is reported like any client secret
        await VerifyAsync("/app/appsettings.json", $$"""{ "Partner": { "ClientSecret": "[|{{fixture}}|]" } }""");
        await VerifyAsync(
            new[] { ("/app/appsettings.json", $$"""{ "Partner": { "ClientSecret": "{{fixture}}", "ApiKey": "[|{{ClientSecret}}|]" } }""") },
            "[*.json]\nsecure_connectors.secret_allowlist = ^fixture-[a-z0-9]+$",
            assemblyName: null);
    }
}
