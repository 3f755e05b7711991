using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>
/// Values made up to test something, not issued to anyone: a JWT library's test vector that names no principal,
/// a value that calls itself a test value and a key written as bytes (all spared in test code only), and the digest of a placeholder word
/// (spared anywhere, under any name). Each has a look-alike that still reports.
/// </summary>
public sealed class TestVectorTests
{
    private const string TestFile = "/src/Contoso.Tokens.Tests/TokenTestData.cs";
    private const string ProductionFile = "/src/Contoso.Tokens/TokenDefaults.cs";

    // header.payload.signature with a made-up signature; the payload decides.
    private static string Jwt(string payloadJson) =>
        Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + Base64Url(payloadJson) + "." + Base64Url("signature-made-up-for-this-test");

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly string NoPrincipal = Jwt("{\"FirstName\":\"Ada\",\"Age\":36}");
    private static readonly string WithSubject = Jwt("{\"sub\":\"fixture-user\",\"FirstName\":\"Ada\"}");
    private static readonly string WithAudience = Jwt("{\"aud\":\"payroll-api\",\"exp\":4102444800}");
    private static readonly string WithClaimTypeUri = Jwt("{\"http://schemas.microsoft.com/ws/2008/06/identity/claims/role\":\"Admin\"}");
    private static readonly string Expired = Jwt("{\"sub\":\"fixture-user\",\"exp\":1300819380}");

    private static string Tokens(string mark, string end) => Snippets.InClass($"""
        const string Vector = {mark}{Fake.Literal(NoPrincipal)}{end};
        const string Token = {mark}{Fake.Literal(NoPrincipal)}{end};
        object Anywhere() => {mark}{Fake.Literal(NoPrincipal)}{end};
        """);

    [Fact]
    public Task Leaves_a_jwt_that_names_no_principal_alone_in_test_code() => VerifyIn(TestFile, Tokens("", ""));

    [Fact]
    public Task Reports_a_jwt_that_names_no_principal_in_production_code() => VerifyIn(ProductionFile, Tokens("[|", "|]"));

    [Fact]
    public Task Reports_a_jwt_in_test_code_that_names_a_subject_an_audience_or_a_role() =>
        VerifyIn(TestFile, Snippets.InClass($"""
            const string Subject = [|{Fake.Literal(WithSubject)}|];
            const string Audience = [|{Fake.Literal(WithAudience)}|];
            object Role() => [|{Fake.Literal(WithClaimTypeUri)}|];
            """));

    // An expired token is quiet where only its content speaks; under a secret-like name the code holds it as a
    // credential (and lax verifiers skip exp), so it is still reported there.
    [Fact]
    public Task Reports_an_expired_jwt_under_a_secret_name_only() =>
        VerifyIn(ProductionFile, Snippets.InClass($"""
            const string AccessToken = [|{Fake.Literal(Expired)}|];
            object Anywhere() => {Fake.Literal(Expired)};
            """));

    // "Bearer <expired token>" is content only, as the bare token is: a recorded request's header authenticates nobody.
    // A live token after the scheme is still reported.
    [Fact]
    public Task Leaves_an_authorization_value_with_an_expired_jwt_alone() =>
        VerifyIn(TestFile, Snippets.InClass($"""
            static readonly object Recorded = {Fake.Literal("Bearer " + Expired)};
            static readonly object Live = [|{Fake.Literal("Bearer " + WithAudience)}|];
            """));

    // A key written as bytes in test code is the vector a crypto test encrypts or signs its own data with; the same
    // bytes in production code are a hardcoded key.
    private const string ByteKeys = """
        static readonly byte[] Aes128Key = MARK{ 194, 164, 235, 6, 138, 248, 171, 239, 24, 216, 11, 22, 137, 199, 215, 133 }END;
        static readonly byte[] HmacKey = new byte[] MARK{ 0x3f, 0x91, 0x0c, 0xa7, 0x5e, 0x22, 0xd8, 0x14, 0x6b, 0xf0, 0x39, 0x87, 0xc2, 0x4d, 0x1a, 0xe5 }END;
        """;

    [Fact]
    public Task Leaves_key_bytes_alone_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass(ByteKeys.Replace("MARK", "").Replace("END", "")));

    [Fact]
    public Task Reports_key_bytes_in_production_code() =>
        VerifyIn(ProductionFile, Snippets.InClass(ByteKeys.Replace("MARK", "[|").Replace("END", "|]")));

    // The same key written as text and turned into bytes where it stands (OpenIddict's DPoP test: a symmetric key the
    // test expects to be refused); a Basic credential encoded at once, a plain string and the same code in production
    // code are still reported.
    private static string KeysAsText(string mark, string end) => Snippets.InClass($$"""
        static readonly byte[] SigningKey = Convert.FromBase64String({{mark}}{{Fake.Literal(Convert.ToBase64String(Encoding.UTF8.GetBytes(Fake.Chars(32, Fake.Alnum, 61))))}}{{end}});
        static byte[] Proof()
        {
            var secret = System.Text.Encoding.UTF8.GetBytes({{mark}}{{Fake.Literal(Fake.Chars(44, Fake.Alnum, 62))}}{{end}});
            using var hmac = new System.Security.Cryptography.HMACSHA256(secret);
            return hmac.ComputeHash(new byte[] { 1, 2, 3 });
        }
        static void Basic(HttpClient c) => c.DefaultRequestHeaders.Add("Authorization", $"Basic {Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes([|{{Fake.Literal("svc-sync:" + Fake.Chars(20, Fake.Alnum, 63))}}|]))}");
        const string ApiSecret = [|{{Fake.Literal(Fake.Chars(40, Fake.Alnum, 64))}}|];
        """);

    [Fact]
    public Task Leaves_key_bytes_written_as_text_alone_in_test_code() => VerifyIn(TestFile, KeysAsText("", ""));

    [Fact]
    public Task Reports_key_bytes_written_as_text_in_production_code() => VerifyIn(ProductionFile, KeysAsText("[|", "|]"));

    private const string CertificatePasswords = """
        X509Certificate2 Signing(byte[] pfx) => new X509Certificate2(pfx, MARK"idsrv3test"END);
        const string ClientSecret = MARK"MockSigningKey42-payroll"END;
        const string DatabasePassword = MARK"Tallyroll!Fixture9"END;
        """;

    [Fact]
    public Task Leaves_values_that_call_themselves_test_values_alone_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass(CertificatePasswords.Replace("MARK", "").Replace("END", "")));

    [Fact]
    public Task Reports_values_that_call_themselves_test_values_in_production_code() =>
        VerifyIn(ProductionFile, Snippets.InClass(CertificatePasswords.Replace("MARK", "[|").Replace("END", "|]")));

    // Svix's tests: private const string MOCK_TOKEN = ";iuani;...": a name that says its value is not a working one holds
    // the test's stand-in; the same names in production code, and a test's plain TestApiKey, are still reported.
    private const string StandInNames = """
        private const string MOCK_TOKEN = MARK";iuani;ansd;ifgjbnai;sdjfgb"END;
        const string FakeApiKey = MARKTOKEN1END;
        static readonly string dummySecret = MARKTOKEN2END;
        const string StubbedClientSecret = MARKTOKEN3END;
        const string FakeBotToken = MARKTOKEN4END;
        """;

    private static string StandIns(string open, string close) => StandInNames
        .Replace("TOKEN1", Fake.Literal(Fake.Token("", 32, seed: 11)))
        .Replace("TOKEN2", Fake.Literal(Fake.Token("", 40, seed: 12)))
        .Replace("TOKEN3", Fake.Literal(Fake.Token("", 36, seed: 13)))
        // a provider's shape (a Discord bot token's), which content finds before any name is read
        .Replace("TOKEN4", Fake.Literal("M" + Fake.Chars(23, Fake.Alnum, 15) + "." + Fake.Chars(6, Fake.Alnum, 16) + "." + Fake.Chars(27, Fake.Alnum, 17)))
        .Replace("MARK", open).Replace("END", close);

    [Fact]
    public Task Leaves_values_held_by_names_that_call_them_stand_ins_alone_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass(StandIns("", "")));

    [Fact]
    public Task Reports_values_held_by_names_that_call_them_stand_ins_in_production_code() =>
        VerifyIn(ProductionFile, Snippets.InClass(StandIns("[|", "|]")));

    [Fact]
    public Task Still_reports_a_machine_made_value_under_a_test_name_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass($"const string TestApiKey = [|{Fake.Literal(Fake.Token("", 32, seed: 14))}|];"));

    [Theory]
    [InlineData("MOCK_TOKEN", true)]
    [InlineData("FakeApiKey", true)]
    [InlineData("dummySecret", true)]
    [InlineData("_bogusPassword", true)]
    [InlineData("TestApiKey", false)]
    [InlineData("StubbornKey", false)]
    [InlineData("ApiKey", false)]
    [InlineData(null, false)]
    public void Tells_names_that_call_their_values_stand_ins(string? name, bool standIn) =>
        Assert.Equal(standIn, Placeholders.NamesAStandIn(name));

    [Fact]
    public Task Still_reports_a_provider_format_with_test_in_it_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass($"const string ApiKey = [|{Fake.Literal(Fake.Token("sk_" + "test_", 24, seed: 5))}|];"));

    [Theory]
    [InlineData("idsrv3test", true)]
    [InlineData("MockSigningKey42", true)]
    [InlineData("signing-key-for-testing", true)]
    [InlineData("TEST_only_9", true)]
    [InlineData("integration-tests-jwt-signing-key-0001", true)]
    [InlineData("Protests2024!", false)]
    [InlineData("Tallyroll!Fixture9", true)]
    [InlineData("StubKey-44", true)]
    [InlineData("dummy_pass_1", true)]
    [InlineData("Fakeroo2024!", false)]
    [InlineData("stubborn-Key9", false)]
    [InlineData("Fixtures9x", false)]
    [InlineData("Contest2024x", false)]
    [InlineData("latestKey9Q", false)]
    [InlineData("attestation-7Fq", false)]
    [InlineData("", false)]
    public void Tells_values_that_call_themselves_test_values(string value, bool test) =>
        Assert.Equal(test, Placeholders.CallsItselfATestValue(value));

    // IdentityServer samples keep client secrets hashed: "secret".Sha256() written out.
    private static string Sha256Base64(string word) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(word)));

    private static string Sha512Hex(string word) => Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(word)));

    [Fact]
    public Task Leaves_the_digest_of_a_placeholder_word_alone_and_reports_another_digest() =>
        VerifyIn(ProductionFile, Snippets.InClass($"""
            const string ClientSecret = {Fake.Literal(Sha256Base64("secret"))};
            const string ApiSecret = {Fake.Literal(Sha512Hex("password").ToLowerInvariant())};
            const string SigningSecret = [|{Fake.Literal(Sha256Base64("payroll-" + Fake.Chars(24, seed: 3)))}|];
            """));

    // Supabase's and PostgREST's anon key is a signed token with the anonymous role, issued to ship in browsers: public
    // under any name, in code and configuration. The service-role key beside it is a secret.
    private static readonly string AnonKey = Jwt("{\"iss\":\"firebolt\",\"ref\":\"qhzkpvemxatd\",\"role\":\"anon\",\"iat\":1735689600,\"exp\":2051222400}");
    private static readonly string ServiceRoleKey = Jwt("{\"iss\":\"firebolt\",\"ref\":\"qhzkpvemxatd\",\"role\":\"service_role\",\"iat\":1735689600,\"exp\":2051222400}");

    [Fact]
    public Task Leaves_an_anonymous_role_key_alone_and_reports_the_service_role_key() =>
        VerifyIn(ProductionFile, Snippets.InClass($"""
            const string AnonKey = {Fake.Literal(AnonKey)};
            object Anywhere() => {Fake.Literal(AnonKey)};
            const string ServiceRoleKey = [|{Fake.Literal(ServiceRoleKey)}|];
            """));

    [Fact]
    public async Task Leaves_an_anonymous_role_key_alone_in_configuration()
    {
        await VerifyAsync("/src/Firebolt.Sample/appsettings.json", $$"""
            { "Firebolt": { "Url": "https://qhzkpvemxatd.firebolt.example", "AnonKey": "{{AnonKey}}", "ServiceRoleKey": "[|{{ServiceRoleKey}}|]" } }
            """);
    }

    // A test's own configuration types its keys as tests' values (MovieNight's appsettings.Testing.json); the same value
    // in an application's configuration is a typed signing key.
    [Fact]
    public async Task Leaves_a_value_that_calls_itself_a_test_value_alone_in_a_test_s_configuration()
    {
        await VerifyAsync("/src/MovieNight.Api.Tests/appsettings.Testing.json", """
            { "Jwt": { "Issuer": "movienight-tests", "Key": "integration-tests-jwt-signing-key-0001" } }
            """);
        await VerifyAsync("/src/MovieNight.Api/appsettings.json", """
            { "Jwt": { "Issuer": "movienight", "Key": "[|integration-tests-jwt-signing-key-0001|]" } }
            """);
    }

    [Fact]
    public async Task Leaves_the_digest_of_a_placeholder_word_alone_in_configuration()
    {
        var other = Sha256Base64("payroll-" + Fake.Chars(24, seed: 4));
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Clients": [
                { "ClientId": "payroll-portal", "ClientSecrets": [ { "Value": "{{Sha256Base64("secret")}}" } ] },
                { "ClientId": "payroll-batch", "ClientSecrets": [ { "Value": "{|SC1003:{{other}}|}" } ] }
              ]
            }
            """);
    }

    // A comment that calls the value fake (on its line or just above its statement) and hex of odd length (typed by hand:
    // machine-made hex encodes bytes) mark a test's own made-up value; in production code neither spares it, and in test
    // code a comment that says something else, even-length hex and a decimal secret still report.
    private static readonly string HexSecret = Fake.Chars(32, Fake.Hex, 41);
    private static readonly string OddHex = Fake.Chars(19, "0123456789ABCDEF", 42);
    private static readonly string EvenHex = Fake.Chars(20, "0123456789ABCDEF", 43);

    private static string HandMade(string mark, string end) => Snippets.InClass($$"""
        private const string TestClientSecret = {{mark}}{{Fake.Literal(HexSecret)}}{{end}}; // [SuppressMessage("Microsoft.Security", "CS001:SecretInline", Justification="Fake credential")]

        // A dummy key for the in-memory server.
        private const string ServerApiKey = {{mark}}{{Fake.Literal(HexSecret)}}{{end}};

        void Arrange()
        {
            string clientSecret = {{mark}}{{Fake.Literal(OddHex)}}{{end}};
            _ = clientSecret;
        }
        """);

    [Fact]
    public Task Leaves_a_value_its_comment_calls_fake_and_odd_length_hex_alone_in_test_code() => VerifyIn(TestFile, HandMade("", ""));

    [Fact]
    public Task Reports_a_value_its_comment_calls_fake_and_odd_length_hex_in_production_code() => VerifyIn(ProductionFile, HandMade("[|", "|]"));

    [Fact]
    public Task Reports_hex_of_even_length_and_a_secret_whose_comment_says_something_else_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass($$"""
            private const string SandboxClientSecret = [|{{Fake.Literal(HexSecret)}}|]; // the partner's sandbox account

            void Arrange()
            {
                string clientSecret = [|{{Fake.Literal(EvenHex)}}|];
                const string ConsumerSecret = [|"5071946283519374628"|];
                _ = clientSecret + ConsumerSecret;
            }
            """));

    // An OTP seed (base32 of a TOTP seed's 16 or 32 characters, or base32 that decodes to text such as RFC 6238's digit
    // seeds), a keyboard mash (a run of four and characters no encoding uses) and a credential set beside an address on
    // this machine are a test's own; in production code each still reports, and in test code base32 of another length that
    // decodes to bytes, and a credential beside a remote host, still report.
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly string OtpSeed = Fake.Chars(32, Base32, 44);
    private static readonly string RfcSeed = Base32Of("12345678901234567890123456789012");
    private static readonly string KeyboardMash = "qqqq" + Fake.Chars(3, Fake.Lower, 45) + "W&^*&^" + Fake.Chars(3, Fake.Lower, 46) + "ZZZvv";
    private static readonly string LocalServerKey = Fake.Chars(32, Fake.Hex, 47);
    private static readonly string RandomBytesBase32 = "MZXW6" + Fake.Chars(37, Base32, 48);

    private static string Base32Of(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        var builder = new StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                builder.Append(Base32[(buffer >> bits) & 31]);
            }
        }

        if (bits > 0)
        {
            builder.Append(Base32[(buffer << (5 - bits)) & 31]);
        }

        return builder.ToString();
    }

    private static string MadeForTheTest(string mark, string end) => Snippets.InClass($$"""
        sealed class DownloadClientSettings { public string Host { get; set; } = ""; public int Port { get; set; } public string ApiKey { get; set; } = ""; }

        void Arrange()
        {
            string secretKey = {{mark}}{{Fake.Literal(OtpSeed)}}{{end}};
            var secret = {{mark}}{{Fake.Literal(RfcSeed)}}{{end}};
            string sharedSecret = {{mark}}{{Fake.Literal(KeyboardMash)}}{{end}};
            var settings = new DownloadClientSettings { Host = "127.0.0.1", Port = 2222, ApiKey = {{mark}}{{Fake.Literal(LocalServerKey)}}{{end}} };
            _ = secretKey + secret + sharedSecret + settings;
        }
        """);

    [Fact]
    public Task Leaves_otp_seeds_keyboard_mashes_and_keys_of_a_local_server_alone_in_test_code() => VerifyIn(TestFile, MadeForTheTest("", ""));

    [Fact]
    public Task Reports_otp_seeds_keyboard_mashes_and_keys_of_a_local_server_in_production_code() => VerifyIn(ProductionFile, MadeForTheTest("[|", "|]"));

    [Fact]
    public Task Reports_base32_of_random_bytes_and_a_key_beside_a_remote_host_in_test_code() =>
        VerifyIn(TestFile, Snippets.InClass($$"""
            sealed class DownloadClientSettings { public string Host { get; set; } = ""; public string ApiKey { get; set; } = ""; }

            void Arrange()
            {
                string secretKey = [|{{Fake.Literal(RandomBytesBase32)}}|];
                var settings = new DownloadClientSettings { Host = "nzb.ketterly-media.com", ApiKey = [|{{Fake.Literal(LocalServerKey)}}|] };
                _ = secretKey + settings;
            }
            """));

    // A phrase dated by a year among three or more words describes itself; a word and a year is a password people choose.
    [Fact]
    public Task A_year_among_three_words_describes_the_phrase_a_word_and_a_year_does_not() =>
        VerifyIn(ProductionFile, Snippets.InClass("""
            const string JwtSecret = "customer-portal-signing-key-2026-local-only";
            const string AdminPassword = [|"Summer-2024"|];
            """));

    [Theory]
    [InlineData("secret", true)]
    [InlineData("password", true)]
    [InlineData("payroll-2f9Qx", false)]
    public void Knows_digests_of_placeholder_words_in_every_encoding(string word, bool placeholder)
    {
        var bytes = Encoding.UTF8.GetBytes(word);
        foreach (var digest in new[] { SHA256.HashData(bytes), SHA512.HashData(bytes) })
        {
            Assert.Equal(placeholder, PlaceholderDigests.IsDigestOfPlaceholder(Convert.ToBase64String(digest)));
            Assert.Equal(placeholder, PlaceholderDigests.IsDigestOfPlaceholder(Convert.ToHexString(digest)));
            Assert.Equal(placeholder, PlaceholderDigests.IsDigestOfPlaceholder(" " + Convert.ToHexString(digest).ToLowerInvariant()));
        }
    }

    private static Task VerifyIn(string path, string source)
    {
        var test = new CSharpAnalyzerVerifier<HardcodedSecretAnalyzer>.Test();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }
}
