using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.HardcodedSecretAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>
/// Credentials printed in providers' documentation as examples are public, not leaked. These are the published
/// values themselves (Twitter's OAuth 1.0a signature walk-through, Mollie's API reference), never keys of an
/// account; a value one character away from them is any other credential and still reported.
/// </summary>
public sealed class PublishedExamplesTests
{
    private const string TwitterConsumerKey = "xvz1evFS4wEEPTGEFPHBog";
    private const string TwitterConsumerSecret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    private const string TwitterToken = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    private const string TwitterTokenSecret = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
    // Sinch's documentation, "Callback Request Signing", example ApplicationSecret.
    private const string SinchExampleSecret = "BeIukql3pTKJ8RGL5zo0DA==";
    private const string MollieTestKey = "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM";
    private const string MollieAccessToken = "access_46EUJ6x8jFJZZeAvhNH4JVey6qVpqR";
    private const string NtfyAccessToken = "tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2";

    // The Standard Webhooks specification's test vector secret (Svix's SDKs verify against it), with and without whsec_.
    private const string StandardWebhooksSecret = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    // An SDK key of one of ConfigCat's public test products, as its SDKs' matrix tests use them (the config segment
    // varies per test; the product segment is the public test product's).
    private const string ConfigCatTestProductKey = "configcat-sdk-1/PKDVCLf-Hq-h-kCzMp-L7Q/AG6C1ngVb0CvM07un6JisQ";

    // WeChat Pay's v2 signing guide: the worked example's API key.
    private const string WeChatPayGuideKey = "192006250b4c09247ec02edce69f6a2d";

    // WeChat Work's callback-encryption example (WXBizMsgCrypt's sample): its EncodingAESKey.
    private const string WeChatExampleAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    // Exceptionless's sample project key, which its server seeds into a local development database, and its test twin.
    private const string ExceptionlessSampleKey = "LhhP1C9gijpSKCslHHCvwdSIz298twx271n1l6xw";
    private const string ExceptionlessTestKey = "LhhP1C9gijpSKCslHHCvwdSIz298twx271nTest";

    // The first funded account of Hardhat's and Anvil's development chain (mnemonic "test test ... junk") and of
    // Ganache's deterministic mode: printed by the tools at every start, worth something only on the local chain.
    private const string HardhatAccount0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string GanacheAccount0 = "4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d";

    // RFC 6749's examples (client s6BhdRkqt3): client secret, access token, refresh token, authorization code.
    private const string RfcClientSecret = "7Fjfp0ZBr1KtDRbnfVdmIw";
    private const string RfcAccessToken = "2YotnFZFEjr1zCsicMWpAA";
    private const string RfcRefreshToken = "tGzv3JOkF0XG5Qx2TlKWIA";

    // jwt.io's example token, and a copy with its payload edited ({"sub":"1234567890","role":"admin"}) that keeps
    // the example's signature: no verifier accepts it.
    private const string JwtIoExample =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private const string JwtIoEdited =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwicm9sZSI6ImFkbWluIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    [Fact]
    public Task Leaves_the_oauth_specification_and_jwt_io_examples_alone() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string ClientSecret = "{{RfcClientSecret}}";
            const string AccessToken = "{{RfcAccessToken}}";
            const string RefreshToken = "{{RfcRefreshToken}}";
            const string Token = "{{JwtIoExample}}";
            object Tampered() => "{{JwtIoEdited}}";
            void Send(HttpRequestMessage request) => request.Headers.Add("Authorization", "Bearer {{RfcAccessToken}}");
            """));

    [Fact]
    public Task Reports_the_specification_examples_one_character_away() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string ClientSecret = [|"{{Altered(RfcClientSecret)}}"|];
            const string RefreshToken = [|"{{Altered(RfcRefreshToken)}}"|];
            object Resigned() => [|"{{Altered(JwtIoExample)}}"|];
            """));

    [Fact]
    public Task Leaves_the_published_examples_alone_under_any_secret_name_or_sink() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string ConsumerKey = "{{TwitterConsumerKey}}";
            const string ConsumerSecret = "{{TwitterConsumerSecret}}";
            const string Token = " {{TwitterToken}} ";
            const string TokenSecret = "{{TwitterTokenSecret}}";
            const string ApiKey = "{{MollieTestKey}}";
            const string AccessToken = "{{MollieAccessToken}}";
            void Send(HttpRequestMessage request) => request.Headers.Add("Authorization", "Bearer {{MollieTestKey}}");
            object Anywhere() => "{{MollieTestKey}}";
            const string NtfyToken = "{{NtfyAccessToken}}";
            string AuthHeader() => "Bearer {{NtfyAccessToken}}";
            const string ExceptionlessApiKey = "{{ExceptionlessSampleKey}}";
            string ApiKey2 { get; set; } = "{{ExceptionlessTestKey}}";
            const string AppSecret = "{{SinchExampleSecret}}";
            """));

    [Fact]
    public Task Leaves_the_standard_webhooks_test_vector_alone_with_and_without_its_prefix() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string DEFAULT_SECRET = "{{StandardWebhooksSecret}}";
            object Key() => "whsec_{{StandardWebhooksSecret}}";
            const string WebhookSecret = "whsec_{{StandardWebhooksSecret}}";
            """));

    [Fact]
    public Task Reports_a_webhook_secret_one_character_away_from_the_standard_webhooks_vector() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string DEFAULT_SECRET = [|"{{Altered(StandardWebhooksSecret)}}"|];
            object Key() => [|"whsec_{{Altered(StandardWebhooksSecret)}}"|];
            """));

    [Fact]
    public Task Leaves_configcat_public_test_product_keys_alone_and_reports_other_products() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            object Location() => "{{ConfigCatTestProductKey}}";
            object OtherConfig() => "{{ConfigCatTestProductKey.Substring(0, 39)}}{{Fake.Token("", 22, seed: 3)}}";
            object OtherProduct() => [|"configcat-sdk-1/{{Fake.Token("", 22, seed: 4)}}/{{Fake.Token("", 22, seed: 5)}}"|];
            object OneAway() => [|"{{ConfigCatTestProductKey.Substring(0, 16)}}{{Altered(ConfigCatTestProductKey.Substring(16, 22))}}{{ConfigCatTestProductKey.Substring(38)}}"|];
            """));

    [Fact]
    public Task Leaves_the_wechat_callback_example_key_alone_and_reports_one_character_away() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string EncodingAesKey = "{{WeChatExampleAesKey}}";
            const string GuideApiKey = "{{WeChatPayGuideKey}}";
            const string MerchantApiKey = [|"{{Altered(WeChatPayGuideKey)}}"|];
            void M() { string aesKey = "{{WeChatExampleAesKey}}"; string encodingAesKey = [|"{{Altered(WeChatExampleAesKey)}}"|]; }
            """));

    [Fact]
    public Task Reports_a_value_one_character_away_from_the_sinch_example() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string AppSecret = [|"{{Altered(SinchExampleSecret)}}"|];
            """));

    [Fact]
    public Task Leaves_development_chain_account_keys_alone() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string DeployerPrivateKey = "0x{{HardhatAccount0}}";
            const string DevAccountPrivateKey = "{{HardhatAccount0}}";
            const string GanachePrivateKey = "0x{{GanacheAccount0}}";
            const string OtherPrivateKey = [|"0x{{Altered(HardhatAccount0)}}"|];
            """));

    [Fact]
    public Task Leaves_development_chain_account_keys_alone_in_configuration_files() =>
        SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier.VerifyAsync(
            "/src/Dapp.AppHost/appsettings.Development.json",
            $$"""
            {
              "Chain": {
                "DevAccountPrivateKey": "{{HardhatAccount0}}",
                "OtherAccountPrivateKey": "[|{{Altered(HardhatAccount0)}}|]"
              }
            }
            """);

    [Fact]
    public Task Reports_a_value_one_character_away_from_an_example() =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string ConsumerSecret = [|"{{Altered(TwitterConsumerSecret)}}"|];
            const string Token = [|"{{Altered(TwitterToken)}}"|];
            const string TokenSecret = [|"{{Altered(TwitterTokenSecret)}}"|];
            const string ApiKey = [|"{{Altered(MollieTestKey)}}"|];
            const string AccessToken = [|"{{Altered(MollieAccessToken)}}"|];
            void Send(HttpRequestMessage request) => request.Headers.Add("Authorization", [|"Bearer {{Altered(MollieTestKey)}}"|]);
            object Anywhere() => [|"{{Altered(MollieTestKey)}}"|];
            const string NtfyToken = [|"{{Altered(NtfyAccessToken)}}"|];
            string AuthHeader() => [|"Bearer {{Altered(NtfyAccessToken)}}"|];
            const string ExceptionlessApiKey = [|"{{Altered(ExceptionlessSampleKey)}}"|];
            """));

    [Theory]
    [InlineData(TwitterConsumerKey, true)]
    [InlineData(TwitterTokenSecret, true)]
    [InlineData("\t" + MollieAccessToken + " ", true)]
    [InlineData(NtfyAccessToken, true)]
    [InlineData(ExceptionlessSampleKey, true)]
    [InlineData(ExceptionlessTestKey, true)]
    [InlineData(HardhatAccount0, true)]
    [InlineData("0x" + GanacheAccount0, true)]
    [InlineData("0X" + GanacheAccount0, false)]
    [InlineData("", false)]
    [InlineData("xvz1evFS4wEEPTGEFPHBoh", false)]
    [InlineData("XVZ1EVFS4WEEPTGEFPHBOG", false)]
    public void Recognises_exactly_the_published_values(string value, bool published) =>
        Assert.Equal(published, PublishedExamples.IsPublished(value));

    // The last letter moved one place in the alphabet: same shape, a different value.
    private static string Altered(string value) => value.Substring(0, value.Length - 1) + (char)(value[value.Length - 1] == 'z' ? 'a' : value[value.Length - 1] + 1);
}
