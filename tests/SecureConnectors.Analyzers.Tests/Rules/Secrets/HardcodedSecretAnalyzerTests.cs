using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.HardcodedSecretAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

public sealed class HardcodedSecretAnalyzerTests
{
    private static readonly string Pwd = Password();
    private static readonly string Generated = Chars(40, Base64, 11);
    private static readonly string HexToken = Chars(32, Hex, 12);

    public static TheoryData<string, string, string> ProviderFormats() => ProviderFormatCases.All();

    [Theory]
    [MemberData(nameof(ProviderFormats))]
    public Task Reports_every_provider_format_anywhere(string format, string token, string nearMiss)
    {
        _ = format;
        _ = nearMiss;
        return Verify.VerifyAsync(Snippets.InClass($"object Anywhere() => [|{Literal(token)}|];"));
    }

    [Theory]
    [MemberData(nameof(ProviderFormats))]
    public Task Leaves_near_misses_of_every_provider_format_alone(string format, string token, string nearMiss)
    {
        _ = format;
        _ = token;
        return Verify.VerifyAsync(Snippets.InClass($"object Anywhere() => {Literal(nearMiss)};"));
    }

    [Fact]
    public void Knows_at_least_150_provider_formats_each_with_a_tested_positive_case()
    {
        var names = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Distinct(System.Linq.Enumerable.Select(ProviderTokenFormats.All, f => f.Name)));
        Assert.True(names.Count >= 150, "distinct provider formats: " + names.Count);

        var positives = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(ProviderFormatCases.All(), row => (string)row[1]));
        foreach (var format in ProviderTokenFormats.All)
        {
            Assert.True(System.Linq.Enumerable.Any(positives, value => format.IsFoundIn(value)), "no positive case for " + format.Name);
        }
    }

    public static TheoryData<string> Sinks() => new()
    {
        // names that say secret
        $"const string ApiKey = [|{Literal(Generated)}|];",
        $"static readonly string AuthToken = [|{Literal(HexToken)}|];",
        $"public string ClientSecret {{ get; set; }} = [|{Literal(Generated)}|];",
        $"const string ServerToken = [|{Literal(Uuid(13))}|];",
        $"private readonly string _accessToken = [|{Literal(Generated)}|];",
        $"void M() {{ var password = [|{Literal(Pwd)}|]; _ = password; }}",
        $"void M() {{ const string signingKey = [|{Literal(Generated)}|]; _ = signingKey; }}",
        // a decimal secret (Salesforce issues 19-digit consumer secrets)
        "const string ConsumerSecret = [|\"5071946283519374628\"|];",
        // a GUID under a token name is the token (Splunk HEC tokens, Heroku API keys)
        "const string HecToken = [|\"9d3f6a2e-47b1-4c8e-a5d0-e27b913c64f8\"|];",
        $"void Connect(string host, string password = [|{Literal(Pwd)}|]) {{ }}",
        $"void Call(string apiToken) {{ }} void M() => Call(apiToken: [|{Literal(Generated)}|]);",
        $"string GetApiKey() => [|{Literal(Generated)}|];",
        $"record SftpTarget(string Host, string User, string Password); SftpTarget T = new(\"sftp.contoso.example\", \"archive\", [|{Literal(Pwd)}|]);",
        $"string? Configured; string Key => Configured ?? [|{Literal(Generated)}|];".Replace("string Key", "string ApiKey"),
        $"const string SecretKey = [|@{Literal(Generated)}|];",
        $"const string Suffix = \"-v2\"; static readonly string ApiKey = [|{Literal(Generated)}|] + Suffix;",
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"X-Api-Key\", [|$\"{Generated}\"|]);",
        $"const string PrivateToken = [|\"\"\"{Generated}\"\"\"|];",
        $"static ReadOnlySpan<byte> HmacKey => [|{Literal(Generated)}u8|];",
        $"static readonly byte[] WebhookSecret = System.Text.Encoding.UTF8.GetBytes([|{Literal(Generated)}|]);",
        $"static readonly byte[] SigningKey = Convert.FromBase64String([|{Literal(Base64Of(Generated))}|]);",
        $"string M(bool live) => live ? [|{Literal(Generated)}|] : [|{Literal(Chars(40, Base64, 99))}|];".Replace("string M", "string GetApiKey"),
        $"[AttributeUsage(AttributeTargets.Class)] class PartnerApiAttribute : Attribute {{ public string? ApiKey {{ get; set; }} }}\n[PartnerApi(ApiKey = [|{Literal(Generated)}|])] class Partner {{ }}",
        // sinks
        $"NetworkCredential N = new(\"alerts@contoso.example\", [|{Literal(Pwd)}|]);",
        "const string Password = [|\"Pa/ss7!word\"|];", // a slash, but no file name
        $"const string SigningKey = [|{Literal("/" + Chars(63, Base64, 41))}|];", // base64 that starts with a slash
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"Bearer\", [|{Literal(Generated)}|]);",
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"Basic\", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes([|{Literal("svc-reports:" + Pwd)}|])));",
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"Basic\", [|{Literal(Base64Of("svc-reports:" + Pwd))}|]);",
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"Basic\", [|{Literal(Base64Of(Generated + ":"))}|]);",
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"SharedKey\", [|{Literal(Generated)}|]);",
        $"void M(HttpRequestMessage r) => r.Headers.Add(\"X-Api-Key\", [|{Literal(Generated)}|]);",
        $"void M(HttpRequestMessage r) => r.Headers.TryAddWithoutValidation(\"Ocp-Apim-Subscription-Key\", [|{Literal(HexToken)}|]);",
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"DD-API-KEY\", [|{Literal(HexToken)}|]);",
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"X-Signing-Key\", [|{Literal(HexToken)}|]);",
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"Authorization\", [|{Literal("Bearer " + Generated)}|]);",
        $"Dictionary<string, string> H = new() {{ [\"Authorization\"] = [|{Literal("Basic " + Base64Of("svc-settlement:" + Pwd))}|] }};",
        $"Dictionary<string, string> Form = new() {{ [\"grant_type\"] = \"password\", [\"password\"] = [|{Literal(Pwd)}|] }};",
        $"Dictionary<string, string> Form = new() {{ {{ \"client_secret\", [|{Literal(Generated)}|] }} }};",
        $"KeyValuePair<string, string> P = new(\"api_key\", [|{Literal(Generated)}|]);",
        $"List<(string, string)> Form = new() {{ (\"client_secret\", [|{Literal(Generated)}|]) }};",
        $"Dictionary<string, string?> Settings = new() {{ [\"Connectors:payroll:ApiKey\"] = [|{Literal(Generated)}|] }};",
        $"System.Security.Cryptography.HMACSHA256 H = new(System.Text.Encoding.UTF8.GetBytes([|{Literal(Generated)}|]));",
        $"class SymmetricSecurityKey {{ public SymmetricSecurityKey(byte[] key) {{ }} }}\nSymmetricSecurityKey K = new(System.Text.Encoding.UTF8.GetBytes([|{Literal(Generated)}|]));",
        $"#pragma warning disable SYSLIB0057\nX509Certificate2 Certificate = new(\"partner.pfx\", [|{Literal(Pwd)}|]);",
        $"void M(System.Data.Common.DbConnectionStringBuilder b) => b[\"Password\"] = [|{Literal(Pwd)}|];",
        // by content
        $"const string Reporting = [|{Literal("Server=tcp:reports.contoso.example,1433;Database=hr;User ID=reader;Password=" + Pwd + ";Encrypt=True;")}|];",
        $"const string Exports = [|{Literal("DefaultEndpointsProtocol=https;AccountName=contosoexports;AccountKey=" + Chars(86, Base64) + "==;EndpointSuffix=core.windows.net")}|];",
        $"const string Events = [|{Literal("Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=" + Chars(43, Base64) + "=")}|];",
        $"const string Sessions = [|{Literal("cache.contoso.example:6380,password=" + Generated + ",ssl=True,abortConnect=False")}|];",
        $"const string Header = [|{Literal("Basic " + Base64Of("svc:" + Pwd))}|];",
        // an exporter's header list authenticates to the telemetry backend (OtlpExporterOptions.Headers)
        $"sealed class ExporterOptions {{ public string Headers {{ get; set; }} = \"\"; }}\nvoid M(ExporterOptions o) => o.Headers = [|{Literal("x-honeycomb-team=" + Chars(32, Alnum, 37))}|];",
    };

    [Theory]
    [MemberData(nameof(Sinks))]
    public Task Reports_literals_that_reach_secret_names_and_sinks(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    public static TheoryData<string> NonSecrets() => new()
    {
        // a header list of words and identifiers authenticates nothing
        "sealed class ExporterOptions { public string Headers { get; set; } = \"\"; }\nvoid M(ExporterOptions o) => o.Headers = \"x-source=billing,x-tenant=ketterly-payroll\";",
        // placeholders and empties
        "const string ApiKey = \"<your-api-key>\";",
        "const string ApiKey = \"YOUR_API_KEY_HERE\";",
        "const string ClientSecret = \"${SALESFORCE_CLIENT_SECRET}\";",
        "const string WebhookSecret = \"{{WEBHOOK_SECRET}}\";",
        "const string ClientSecret = \"%CRM_CLIENT_SECRET%\";",
        "const string Password = \"changeme\";",
        "const string Token = \"REPLACE_ME\";",
        "const string Token = \"xxxxxxxxxxxxxxxxxxxxxxxx\";",
        // a consumer key is OAuth 1.0a's client identifier, sent in the clear with every request
        $"const string ConsumerKey = {Literal(Generated)};",
        // decimal look-alikes: a date-time stamp, a test card number, a counting sequence, a short id
        "const string ConsumerSecret = \"2026120100000000\";",
        "const string CardToken = \"4242424242424242\";",
        "const string ClientSecret = \"1234567890123456789\";",
        // letters and digits climbing in order: typed to fill the field
        "const string HecToken = \"00112233-4455-6677-8899-AABBCCDDEEFF\";",
        "const string ApiKey = \"0123456789abcdefghijKLMN\";",
        // a Basic header's value judged by what it decodes to: a client's label or a user alone authenticates nobody
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"Basic\", {Literal(Base64Of("shared-client"))});",
        $"System.Net.Http.Headers.AuthenticationHeaderValue A = new(\"Basic\", {Literal(Base64Of("reports@contoso.example"))});",
        // runs of neighbouring letters and digits, up or down, typed to fill the field
        "const string ApiKey = \"abc123def456ghi789jkl012mno345pq\";",
        "const string ClientSecret = \"ZYX-987-WVU-654-TSR-321\";",
        "const string Token = \"xyz789uvw456rst123opq\";",
        "const string ClientSecret = \"507194628351937\";",
        "const string Password = \"********\";",
        "const string ApiKey = \"dummy-api-key-for-tests\";",
        "const string ApiKey = \"\";",
        "const string ApiKey = \"   \";",
        "static readonly string ApiKey = string.Empty;",
        // indirection: names of settings, variables and secrets
        "const string ApiKeySecretName = \"payroll-api-key\";",
        "const string ApiKeySetting = \"Pipedrive:ApiToken\";",
        "const string TokenVariable = \"LEDGER_API_TOKEN\";",
        // a value that spells its holder's name is the setting's name (Google Ads' ConfigSettingNames)
        "const string OAUTH2_CLIENT_SECRET = \"OAuth2ClientSecret\";",
        "const string OAUTH2_REFRESH_TOKEN = \"OAuth2RefreshToken\";",
        "static readonly string oauth2RefreshToken = \"OAUTH2-REFRESH-TOKEN\";",
        // the configuration key a token is read under (Bot Builder's Webex adapter)
        "private const string WebexAccessTokenKey = \"WebexAccessToken\";",
        "string? M() => Environment.GetEnvironmentVariable(\"PAYROLL_API_KEY\");",
        "string M(Func<string, string> configuration) => configuration(\"Partner:ClientSecret\");",
        "string M(string password) => $\"Server=db;User=app;Password={password};\";",
        "const string Template = \"Server={0};User={1};Password={3};\";",
        "const string Template = \"Server=db;User=app;Password=${DB_PASSWORD};\";",
        "const string Template = \"Server=db;User=app;Password=<password>;\";",
        // identifiers, digests, data
        "const string RequestId = \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\";",
        // a URN names a thing (RFC 4918's example lock token); a server's reply of key=value pairs is no connection string
        "const string DestLockToken = \"urn:uuid:e71d4fae-5dec-22d6-fea5-00a0c91e6be4\";",
        "const string Reply = \"PWD = ~TNA=AMP,VNA=VOL03,FNA=U-ED-B2-USL\";",
        $"const string Options = \"password={Generated},ssl=True,abortConnect=False\";",
        // development defaults for servers on this machine, and fixture passwords
        $"const string Local = \"Host=localhost;Port=5432;Username=app;Password={Pwd}\";",
        $"const string LocalSql = \"Server=(localdb)\\\\MSSQLLocalDB;User Id=sa;Password={Pwd};\";",
        $"const string LocalRedis = \"localhost:6379,password={Generated}\";",
        $"const string PayloadSha256 = \"{Chars(64, Hex, 5)}\";",
        $"const string CertificateThumbprint = \"{Chars(40, Hex, 6).ToUpperInvariant()}\";",
        $"const string Logo = \"data:image/png;base64,{Chars(120, Base64, 7)}\";",
        $"const string AccountSid = \"AC{Chars(32, Hex, 8)}\";",
        $"const string PublishableKey = \"pk_live_{Chars(24, Alnum, 9)}\";",
        $"const string ClientId = \"{Chars(12, Digits, 10)}-{Chars(32, Lower + Digits, 10)}.apps.googleusercontent.com\";",
        "const string EmulatorConnection = \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq" + "/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\";",
        // names and words
        "const string ApiKeyHeader = \"X-Api-Key\";",
        "const string Scheme = \"Bearer\";",
        "Dictionary<string, string> Form = new() { [\"grant_type\"] = \"client_credentials\", [\"client_id\"] = \"payroll-sync\" };",
        "Dictionary<string, string> Form = new() { [\"grant_type\"] = \"refresh_token\" };",
        "[System.Text.Json.Serialization.JsonPropertyName(\"access_token\")] public string AccessToken { get; set; } = \"\";",
        "const string PasswordResetRoute = \"/account/password-reset\";",
        // files named after what they hold
        "const string SigningKeyPath = \"/var/lib/payroll/keys/signingkey\";",
        "const string ClientSecret = \"/run/secrets/partner_client_secret\";",
        "const string FILE_TEST_CREDENTIALS = \"../../../Resources/credentials.pfx\";",
        "const string Credentials = \"./certs/partner-credentials.p12\";",
        "const string ClientSecret = \"secrets/client_secret.json\";",
        "const string PasswordLabel = \"Enter your password\";",
        "const string TokenExpiredMessage = \"The access token has expired, sign in again.\";",
        "const string Password = \"password-reset\";",
        "string PasswordHint => \"At least 12 characters\";",
        "const string TokenPattern = @\"sk_live_[0-9a-zA-Z]{24}\";",
        "const string Mask = \"****************\";",
        "NetworkCredential N = new(\"alerts@contoso.example\", \"hunter\");",
        "void M(HttpRequestMessage r) => r.Headers.Add(\"X-Request-Id\", \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\");",
        "void M(HttpRequestMessage r) => r.Headers.Add(\"X-Api-Key\", \"not-configured\");",
        // a signature is computed over one message; it authenticates that message, not a caller
        $"void M(HttpRequestMessage r) => r.Headers.Add(\"X-Hub-Signature-256\", {Literal("sha256=" + HexToken + HexToken)});",
        $"void M(System.Net.WebHeaderCollection h) => h.Set(\"svix-signature\", {Literal("v1," + Generated)});",
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"X-Signature\", {Literal(Generated)});",
        "const string CacheKey = \"c8f2a9d1e7b34f6a8d0c2e4b6a8f0d2c\";",
        // a phrase that says what the value is for, words joined by dashes and a plus
        "const string SigningKey = \"app-dev-only-do-not-use-in-prod-32+chars-min\";",
    };

    [Theory]
    [MemberData(nameof(NonSecrets))]
    public Task Leaves_placeholders_identifiers_and_words_alone(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    // Test code of public SDKs: self-describing placeholders, dummy Basic pairs, values too short to be machine-made.
    public static TheoryData<string> TestCodeStandIns() => new()
    {
        "const string PrivateKey = \"integration2_private_key\";",
        "const string ApiKey = \"test-api-key-1\";",
        "const string ClientSecret = \"SANDBOX_CLIENT_SECRET_2\";",
        "const string AccessToken = \"Merchant.Access.Token\";",
        $"const string Header = {Literal("Basic " + Base64Of("foo:bar"))};",
        $"const string Header = {Literal("Basic " + Base64Of("username:password"))};",
        $"const string Header = {Literal("Basic " + Base64Of("test:test"))};",
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"Authorization\", {Literal("Basic " + Base64Of("user:pass"))});",
        // a Basic value of a user alone (an e-mail address) authenticates nobody; a Digest challenge carries no response
        $"const string Header = {Literal("Basic " + Base64Of("username@example.com"))};",
        $"const string Header = {Literal("Basic " + Base64Of("username@example.com:"))};",
        $"const string Challenge = {Literal("Digest realm=\"aol.com\",nonce=\"" + Chars(40, Hex, 37) + "\",qop=\"auth\",opaque=\"" + Chars(26, Hex, 38) + "\"")};",
        $"const string ApiKey = {Literal(Chars(12, Alnum, 31))};",
        $"const string AuthToken = {Literal(Chars(15, Alnum + "-", 32))};",
        $"const string Header = {Literal("Bearer " + Chars(12, Alnum, 33))};",
    };

    [Theory]
    [MemberData(nameof(TestCodeStandIns))]
    public Task Leaves_test_code_stand_ins_alone(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    public static TheoryData<string> SecretsThatLookLikeStandIns() => new()
    {
        $"const string PrivateKey = [|{Literal("integration2_" + Chars(24, Alnum, 34))}|];",
        $"const string ApiKey = [|{Literal(Chars(16, Alnum, 35))}|];",
        // a few runs of neighbours in a generated value do not make it typed
        $"const string ApiKey = [|{Literal("abc123" + Chars(26, Alnum, 36))}|];",
        $"const string Header = [|{Literal("Basic " + Base64Of("svc-sync:" + Pwd))}|];",
        $"void M() {{ var password = [|{Literal("db_admin_" + Pwd)}|]; _ = password; }}",
        $"void M() {{ var password = [|\"Summer2024\"|]; _ = password; }}",
        // an API key as a Basic credential's user (Stripe's key and an empty password), a Digest value with its response
        $"const string Header = [|{Literal("Basic " + Base64Of(Chars(32, Alnum, 39) + ":"))}|];",
        $"const string Authorization = [|{Literal("Digest username=\"svc\",realm=\"aol.com\",nonce=\"" + Chars(40, Hex, 40) + "\",response=\"" + Chars(32, Hex, 41) + "\"")}|];",
        // a holder's name with more after it is no setting name: a secret may begin with it
        $"void M() {{ var password = [|\"Password2024x\"|]; _ = password; }}",
        $"const string ClientSecret = [|{Literal("ClientSecret" + Chars(20, Alnum, 36))}|];",
    };

    [Theory]
    [MemberData(nameof(SecretsThatLookLikeStandIns))]
    public Task Reports_secrets_that_only_look_like_stand_ins(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    // Fixture passwords: exempt in test code only. A lone word of letters is one too, as are a few joined by - _ or .
    private const string FixturePasswords = """
        NetworkCredential N = new("tester", "P@ssw0rd!");
        const string Password = "Password123!";
        const string AdminPassword = "Admin@123";
        NetworkCredential W = new("that-driver", "Fahrvergnügen");
        const string Broker = "host=192.168.1.1;virtualHost=Copa;username=Copa;password=abc_xyz;port=12345";
        const string Queue = "Server=queue.contoso.com;User Id=aspire-named;Password=aspire-named";
        const string SigningCertificatePassword = "!QAZ2wsx";
        NetworkCredential K = new("kiosk", "1qaz2wsx3edc");
        const string ServicePassword = "qwerty123";
        const string TestUserPassword = "M0nkey#2024";
        const string Reporting = "Server=sql.contoso.com;Database=exports;User Id=reports;Password=Summer2025!";
        const string Cookie = "password=1234; username=John Doe";
        const string Kiosk = "Server=kiosk.contoso.com;User Id=kiosk;Password=123456";
        NetworkCredential Camera = new("username@example.com", "Password@!XYZ");
        const string RtspPassword = "Admin123abc";
        const string Orders = "Server=db.contoso.com;Database=Orders;User Id=sa;Password=Sup3rS3cret!;";
        NetworkCredential Mine = new("tester", "MyP@ssw0rd1");
        """;

    [Fact]
    public async Task Leaves_fixture_passwords_alone_in_test_code()
    {
        var test = new CSharpAnalyzerVerifier<HardcodedSecretAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Connectors.Tests/ClientFixture.cs", Snippets.InClass(FixturePasswords)));
        test.TestState.Sources.Add(("/src/Contoso.Connectors/Tests/LoginTests.cs", Snippets.InClass(FixturePasswords).Replace("class C", "class D")));
        await test.RunAsync();
    }

    // A key passed beside its secret names the account (Mailjet's public API key, an access key id); the secret is
    // the credential. A key beside some other secret is a credential of its own.
    [Fact]
    public Task Reports_the_secret_of_a_key_pair_and_not_its_key() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            sealed class MailClient { public MailClient(string apiKey, string apiSecret) { } }
            sealed class Storage { public Storage(string endpoint, string accessKey, string secretKey) { } }
            sealed class Media { public Media(string cloud, string api_key, string api_secret) { } }
            sealed class Gateway { public Gateway(string apiKey, string webhookSecret) { } }
            MailClient Mail = new({{Literal(HexToken)}}, [|{{Literal(Chars(32, Hex, 41))}}|]);
            Storage Files = new("https://files.contoso.com", {{Literal(Chars(20, Upper + Digits, 42))}}, [|{{Literal(Chars(40, Base64, 43))}}|]);
            Media Pictures = new("contoso", {{Literal(Chars(15, Digits, 44))}}, [|{{Literal(Chars(27, Alnum, 45))}}|]);
            Gateway Payments = new([|{{Literal(Generated)}}|], [|{{Literal(Chars(32, Alnum, 46))}}|]);
            """));

    // A signing key typed as words: letters only name things elsewhere, but a token handler takes them as key bytes.
    private const string WordedSigningKeys = """
        class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
        const string JwtKey = MARK"veryVerySecretKey"END;
        SymmetricSecurityKey Signing = new(System.Text.Encoding.UTF8.GetBytes(MARK"ThisIsTheKeyThatSignsOurAccessTokens"END));
        System.Security.Cryptography.HMACSHA256 Mac = new(System.Text.Encoding.UTF8.GetBytes(MARK"correcthorsebatterystaple"END));
        const string CacheKey = "veryVerySecretKeyForCache";
        const string ApiKeyHeaderName = "XContosoPartnerApiKey";
        const string JwtSigningKeyName = "ProductionSigningKey";
        const string SigningKey = "YourSigningKeyGoesHere";
        """;

    [Fact]
    public Task Reports_signing_keys_typed_as_words() =>
        Verify.VerifyAsync(Snippets.InClass(WordedSigningKeys.Replace("MARK", "[|").Replace("END", "|]")));

    [Fact]
    public Task Leaves_signing_keys_typed_as_words_alone_in_test_code() =>
        VerifyInTestCodeAsync("/src/Contoso.Auth.Tests/TokenTests.cs", Snippets.InClass(WordedSigningKeys.Replace("MARK", "").Replace("END", "")));

    [Fact]
    public Task Reports_fixture_passwords_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass("""
            NetworkCredential N = new("tester", [|"P@ssw0rd!"|]);
            const string Password = [|"Password123!"|];
            const string AdminPassword = [|"Admin@123"|];
            const string PasswordLabel = "Password123!";
            NetworkCredential W = new("that-driver", [|"Fahrvergnügen"|]);
            const string SigningCertificatePassword = [|"!QAZ2wsx"|];
            NetworkCredential K = new("kiosk", [|"1qaz2wsx3edc"|]);
            const string ServicePassword = [|"qwerty123"|];
            const string TestUserPassword = [|"M0nkey#2024"|];
            const string Reporting = [|"Server=sql.contoso.com;Database=exports;User Id=reports;Password=Summer2025!"|];
            const string Queue = [|"Server=queue.contoso.com;User Id=aspire-named;Password=P@ssw0rd!"|];
            const string Local = "Server=localhost;User Id=sa;Password=P@ssw0rd!";
            const string Kiosk = [|"Server=kiosk.contoso.com;User Id=kiosk;Password=123456"|];
            const string Docs = "Server=sql.contoso.com;User Id=sa;Password=password";
            NetworkCredential Camera = new("username@example.com", [|"Password@!XYZ"|]);
            const string RtspPassword = [|"Admin123abc"|];
            const string Orders = [|"Server=db.contoso.com;Database=Orders;User Id=sa;Password=Sup3rS3cret!;"|];
            NetworkCredential Mine = new("tester", [|"MyP@ssw0rd1"|]);
            """));

    // An access key's id in the credential scope of a pre-signed URL: in test code, once the URL has expired, a recorded
    // link that opens nothing; while it is valid, or in production code, the id is reported as everywhere.
    private static string PresignedWithKeyId(string date) =>
        "https://exports.s3.eu-west-1.amazonaws.com/2024-01-15.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA"
        + Chars(16, Upper + Digits, 61) + "%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=" + date
        + "&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + Chars(64, Hex, 62);

    // A Basic credential with a fixture password, however it is written (the pair, its base64 beside "Basic ", the pair
    // encoded where it stands): a test's stand-in in test code, a weak hardcoded credential in production code.
    private const string BasicFixturePairs = """
        sealed class Request { public Dictionary<string, string> Headers { get; } = new(); }
        void Pair(Request r) => r.Headers["Authorization"] = MARK"reports:P@ssw0rd!"END;
        void Encoded(Request r) => r.Headers["Authorization"] = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(MARK"reports:P@ssw0rd!"END));
        void Written(Request r) => r.Headers["Authorization"] = "Basic " + MARK"cmVwb3J0czpQQHNzdzByZCE="END;
        """;

    [Fact]
    public Task Leaves_basic_pairs_with_fixture_passwords_alone_in_test_code() =>
        VerifyInTestCodeAsync("/src/Contoso.Auth.Tests/HandlerTests.cs", Snippets.InClass(BasicFixturePairs.Replace("MARK", "").Replace("END", "")));

    [Fact]
    public Task Reports_basic_pairs_with_fixture_passwords_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass(BasicFixturePairs.Replace("MARK", "[|").Replace("END", "|]")));

    // A qualifier before a word that is not a fixture password's (super + w4llet) does not make the value one.
    [Fact]
    public Task Reports_a_qualified_word_that_is_no_fixture_password_in_test_code() =>
        VerifyInTestCodeAsync("/src/Contoso.Orders.Tests/OrdersTests.cs", Snippets.InClass("""
            const string Orders = [|"Server=db.contoso.com;Database=Orders;User Id=sa;Password=Sup3rW4llet#7;"|];
            const string Ledger = "Server=db.contoso.com;Database=Ledger;User Id=sa;Password=Sup3rS3cret#7;";
            """));

    [Fact]
    public Task Leaves_the_key_id_of_an_expired_presigned_url_alone_in_test_code() =>
        VerifyInTestCodeAsync("/src/Contoso.Exports.Tests/RecordedResponses.cs", Snippets.InClass($"""
            const string ExpiredLink = "{PresignedWithKeyId("20240115T093000Z")}";
            const string LiveLink = [|"{PresignedWithKeyId("20990115T093000Z")}"|];
            """));

    [Fact]
    public Task Reports_the_key_id_of_an_expired_presigned_url_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass($"""
            const string ExpiredLink = [|"{PresignedWithKeyId("20240115T093000Z")}"|];
            """));

    // A server of one label is a container the test run starts beside the tests (docker compose's service names); in
    // production code it is a machine of the company's network, and its password is real.
    private const string ContainerConnectionStrings = """
        const string ComposeSql = MARK"Server=sqlserver,1433;Database=exports;User Id=sa;Password=Exp0rts!Local;Encrypt=False"END;
        const string ComposePostgres = MARK"Host=postgres;Port=5432;Username=app;Password=Xk29!vqLmr"END;
        const string ComposeRedis = MARK"redis:6379,password=Xk29!vqLmr,ssl=False"END;
        """;

    [Fact]
    public Task Leaves_connection_strings_to_containers_alone_in_test_code() =>
        VerifyInTestCodeAsync("/src/Contoso.Exports.Tests/ExportJobTests.cs", Snippets.InClass(ContainerConnectionStrings.Replace("MARK", "").Replace("END", "")));

    [Fact]
    public Task Reports_connection_strings_to_single_label_servers_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass(ContainerConnectionStrings.Replace("MARK", "[|").Replace("END", "|]")));

    // A JWT whose exp has passed authenticates nobody (the RFC's own example expired in 2011); one that has not is a secret.
    private static string Jwt(long expiry) =>
        Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Base64Url("{\"sub\":\"fixture-user\",\"exp\":" + expiry + "}") + "."
        + Base64Url("signature-made-up-for-this-test");

    private static string Base64Url(string text) =>
        System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public Task Reports_a_live_json_web_token_and_not_an_expired_one() =>
        Verify.VerifyAsync(Snippets.InClass($"""
            const string Live = [|{Literal(Jwt(4102444800))}|];
            const string Expired = {Literal(Jwt(1300819380))};
            """));

    // A JSON document in test code is a recorded response or request handed to a fake: a value under a secret-like
    // key there is what a provider returned. A provider format inside it is still reported, and production code
    // keeps the JSON rule.
    private static string JsonFixture(int seed) =>
        $"\"\"\"\n    {{ \"access_token\": \"{Chars(40, Alnum, seed)}\", \"expires_in\": 3600 }}\n    \"\"\"";

    [Fact]
    public async Task Reads_json_fixtures_in_test_code_for_provider_formats_only()
    {
        var test = new CSharpAnalyzerVerifier<HardcodedSecretAnalyzer>.Test();
        var gitHubResponse = "const string GitHubResponse = [|\"{\\\"token\\\": \\\"ghp_" + Chars(36, Alnum, 62) + "\\\"}\"|];";
        test.TestState.Sources.Add(("/src/Contoso.Connectors.Tests/TokenClientTests.cs",
            Snippets.InClass("const string TokenResponse = " + JsonFixture(61) + ";\n" + gitHubResponse)));
        test.TestState.Sources.Add(("/src/Contoso.Connectors/TokenDefaults.cs", Snippets.InClass($"const string TokenResponse = [|{JsonFixture(63)}|];").Replace("class C", "class D")));
        await test.RunAsync();
    }

    [Fact]
    public Task Leaves_identifier_words_joined_by_dollar_signs_alone() =>
        Verify.VerifyAsync(Snippets.InClass("""
            const string AccessToken = "access_token$development$merchant_id$access_token_id";
            const string ClientSecret = "client_secret$development$integration_client_secret";
            """));

    public static TheoryData<string> NamesAndShapesOfStep5() => new()
    {
        // a trailing digit or version does not hide a name
        $"const string ApiToken1 = [|{Literal(Generated)}|];",
        $"const string ClientSecret2 = [|{Literal(Generated)}|];",
        $"void M() {{ var Password1 = [|{Literal(Pwd)}|]; _ = Password1; }}",
        $"Dictionary<string, string> Form = new() {{ [\"client_secret_2\"] = [|{Literal(Generated)}|] }};",
        // switch-expression arms choosing a key per environment
        $"string ApiKey(string env) => env switch {{ \"prod\" => [|{Literal(Generated)}|], _ => [|{Literal(Chars(40, Base64, 41))}|] }};",
        // a secret split across constants
        $"object A() => [|\"ghp_\" + {Literal(Chars(36, Alnum, 42))}|];",
        $"const string Prefix = \"sk_live_\"; object B() => [|Prefix + {Literal(Chars(24, Alnum, 43))}|];",
        $"object D() => [|string.Concat(\"SG.\", {Literal(Chars(22, UrlSafe, 44))}, \".\", {Literal(Chars(43, UrlSafe, 45))})|];",
        $"const string Key = [|\"-----BEGIN RSA PRIVATE KEY-----\\n\" + {Literal(Chars(64, Base64, 46))} + \"\\n\" + {Literal(Chars(64, Base64, 47))} + \"\\n-----END RSA PRIVATE KEY-----\"|];",
        $"const string Head = \"sk_\"; const string Value = [|Head + \"live_\" + {Literal(Chars(24, Alnum, 48))}|];",
        // a JSON document with a secret under a secret-like key, in a raw string
        $"const string Body = [|\"\"\"\n    {{ \"grant_type\": \"client_credentials\", \"client_secret\": \"{Chars(40, Alnum, 52)}\" }}\n    \"\"\"|];",
        // key bytes given to a key name: array initialiser, array creation, collection expression
        $"static readonly byte[] SigningKey = [|{{ {Bytes(32, 53)} }}|];",
        $"static readonly byte[] HmacKey = new byte[] [|{{ {Bytes(24, 54)} }}|];",
        $"static readonly byte[] WebhookSecret = [|[{Bytes(16, 55)}]|];",
        // a Basic credential built inside an interpolation
        $"void M(HttpClient c) => c.DefaultRequestHeaders.Add(\"Authorization\", $\"Basic {{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes([|{Literal("svc-sync:" + Pwd)}|]))}}\");",
    };

    private static string Bytes(int count, int seed)
    {
        var random = new System.Random(seed);
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = "0x" + random.Next(256).ToString("x2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return string.Join(", ", values);
    }

    [Theory]
    [MemberData(nameof(NamesAndShapesOfStep5))]
    public Task Reports_numbered_names_switch_arms_and_folded_constants(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    public static TheoryData<string> LookAlikesOfStep5() => new()
    {
        $"const string TokenUrl2 = {Literal("https://login.contoso.example/" + Chars(20, Alnum, 49))};",
        "string Region(string env) => env switch { \"prod\" => \"eu-west-1-prod-cluster-a\", _ => \"us-east-2\" };",
        "object A() => \"ghp_\" + \"shortvalue\";",
        "object B() => \"Hello \" + \"world, this is a long sentence written in two parts\";",
        "object D() => string.Concat(\"SG.\", \"not-a-key\");",
        "const string Body = \"\"\"\n    { \"grant_type\": \"client_credentials\", \"client_secret\": \"${CLIENT_SECRET}\", \"client_id\": \"payroll-sync-service-prod\" }\n    \"\"\";",
        $"const string Body = \"\"\"\n    {{ \"requestId\": \"{Chars(40, Alnum, 56)}\" }}\n    \"\"\";",
        $"static readonly byte[] Lookup = {{ {Bytes(32, 57)} }};",
        "static readonly byte[] SigningKey = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1 };",
        "static readonly byte[] HmacKey = { 1, 2, 3 };",
        "const string AccountKey = \"" + Placeholders.StorageEmulatorKeyStart + "/K1SZFPTOtr/KBHBeksoGMGw==\";",
        "void M(Dictionary<string, string> d) => d[\"StorageKey\"] = \"" + Placeholders.StorageEmulatorKeyStart + "/K1SZFPTOtr/KBHBeksoGMGw==\";",
    };

    [Theory]
    [MemberData(nameof(LookAlikesOfStep5))]
    public Task Leaves_look_alikes_of_names_switches_folds_and_the_emulator_key_alone(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    [Fact]
    public Task Reports_a_secret_constant_once_where_it_is_declared_not_again_where_it_is_folded() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            private const string SendingKey = [|{{Literal(Token("key-", 32, Hex, 51))}}|];
            string Basic() => Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("api:" + SendingKey));
            """));

    [Fact]
    public Task Reports_a_key_that_only_looks_like_the_emulator_key() =>
        Verify.VerifyAsync(Snippets.InClass($"const string AccountKey = [|{Literal(Chars(86, Base64, 50) + "==")}|];"));

    [Fact]
    public Task Message_names_the_destination_never_the_value()
    {
        var source = Snippets.InClass($"const string ApiKey = {{|#0:{Literal(Generated)}|}};");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC1001").WithLocation(0).WithArguments("String assigned to 'ApiKey'"));
    }

    [Fact]
    public Task Message_names_the_provider_format_never_the_value()
    {
        var source = Snippets.InClass($"object Anywhere() => {{|#0:{Literal(Token("sk_live_", 24))}|}};");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC1001").WithLocation(0).WithArguments("String with the shape of a Stripe secret key"));
    }

    [Fact]
    public Task Reports_a_constant_once_where_it_is_written_not_where_it_is_used()
    {
        var source = Snippets.InClass($$"""
            private const string AuthToken = [|{{Literal(HexToken)}}|];
            NetworkCredential Credential() => new("AC-sid", AuthToken);
            string Header() => $"Basic {AuthToken}";
            """);
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Follows_neutrally_named_constants_and_locals_to_the_sinks_that_receive_them()
    {
        var source = Snippets.InClass($$"""
            private const string Value1 = {|#0:{{Literal(Pwd)}}|};
            private static readonly string Value2 = {|#1:{{Literal(Generated)}}|};
            private static string NotFixed = {{Literal(Chars(40, Base64, 61))}};
            private const string Greeting = "Hello there";
            NetworkCredential First() => new("alerts@contoso.example", Value1);
            NetworkCredential Second() => new("audit@contoso.example", Value1);
            void Headers(HttpRequestMessage request)
            {
                request.Headers.Add("X-Api-Key", Value2);
                request.Headers.Add("X-Api-Key", NotFixed);
                request.Headers.Add("X-Greeting", Greeting);
                var local = {|#2:{{Literal(Chars(40, Base64, 62))}}|};
                request.Headers.TryAddWithoutValidation("X-Auth-Token", local);
            }
            """);
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("SC1001").WithLocation(0).WithArguments("String assigned to 'Value1', which a credential sink receives,"),
            Verify.Diagnostic("SC1001").WithLocation(1).WithArguments("String assigned to 'Value2', which a credential sink receives,"),
            Verify.Diagnostic("SC1001").WithLocation(2).WithArguments("String assigned to 'local', which a credential sink receives,"));
    }

    [Fact]
    public Task Honours_secret_name_patterns_and_the_allowlist_from_editorconfig()
    {
        var source = Snippets.InClass($$"""
            const string PartnerSeal = [|{{Literal(Generated)}}|];
            const string ApiKey = {{Literal("fixture-" + Chars(32, Alnum, 21))}};
            """);
        return Verify.VerifyAsync(source, SecretOptions.NamePatternsKey + " = *Seal, X-Partner-*\n" + SecretOptions.AllowlistKey + " = ^fixture-[A-Za-z0-9]+$");
    }

    [Fact]
    public Task Skips_generated_code() =>
        Verify.VerifyAsync("// <auto-generated/>\n" + Snippets.InClass($"const string ApiKey = {Literal(Generated)};"));

    [Theory]
    [InlineData("class C { const string ApiKey = \"")]
    [InlineData("class C { NetworkCredential N = new(\"user\", ")]
    [InlineData("class C { void M(HttpRequestMessage r) => r.Headers.Add(\"X-Api-Key\", $\"{")]
    [InlineData("class C { Dictionary<string, string> D = new() { [\"password\"] = }; }")]
    [InlineData("class C { [Unknown(ApiKey = \"abc")]
    [InlineData("class C { string M() => \"Password=;;;=;Pwd=\" + ; }")]
    public async Task Never_throws_on_incomplete_code(string source)
    {
        await IncompleteCode.AnalyzeAsync(Snippets.Usings + source, new HardcodedSecretAnalyzer(), new CredentialInUrlAnalyzer());
    }

    // One file of test code (its path says so); what the rule reports there is marked in the source.
    private static Task VerifyInTestCodeAsync(string path, string source)
    {
        var test = new CSharpAnalyzerVerifier<HardcodedSecretAnalyzer>.Test();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }
}
