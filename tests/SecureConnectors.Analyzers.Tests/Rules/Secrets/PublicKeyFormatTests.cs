using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;
using static SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.HardcodedSecretAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>
/// A key in a provider's publishable format is public under any name (SC1001, SC1003): the name says where the
/// code puts it, the format says what the provider issued it for. The secret halves and look-alike private formats stay
/// reported.
/// </summary>
public sealed class PublicKeyFormatTests
{
    public static TheoryData<string> PublicKeys() => new()
    {
        Token("pk_" + "live_", 24, Alnum, 1), // Stripe, Paystack, Clerk
        Token("pk_" + "test_", 99, Alnum, 2),
        Token("pk_" + "sbox_", 28, Lower + Digits, 3), // Checkout.com sandbox
        "pk." + "eyJ" + Chars(60, UrlSafe, 4) + "." + Chars(22, UrlSafe, 5), // Mapbox public token
        "FLWPUBK" + "-" + Chars(32, Hex, 6) + "-X", // Flutterwave public key
        "FLWPUBK_TEST" + "-" + Chars(32, Hex, 7) + "-X",
        Token("sq0idp" + "-", 22, UrlSafe, 8), // Square application id
        Token("phc" + "_", 43, Alnum, 9), // PostHog project key
        Token("rzp_" + "live_", 14, Alnum, 10), // Razorpay key id
    };

    [Theory]
    [MemberData(nameof(PublicKeys))]
    public Task A_publishable_key_under_a_secret_name_is_not_reported(string key) =>
        Verify.VerifyAsync(Snippets.InClass($$"""
            const string AccessToken = {{Literal(key)}};
            const string ApiKey = {{Literal(key)}};
            static readonly string SecretKey = {{Literal(" " + key + " ")}};
            """));

    public static TheoryData<string> SecretLookAlikes() => new()
    {
        Token("sk_" + "live_", 24, Alnum, 11), // Stripe secret key: a provider format
        Token("pk_", 34, Hex, 12), // Klaviyo private key: pk_ and 34 hex digits, no live/test
        Token("pk_" + "live_", 24, Alnum, 13) + ":" + Chars(24, Alnum, 14), // more than the key
        "pk." + "eyJ" + Chars(60, UrlSafe, 15), // no second segment: not Mapbox's shape
        Token("rzp_" + "live_", 24, Alnum, 16), // longer than a Razorpay key id
        Token("phc" + "_", 20, Alnum, 17), // shorter than a PostHog key
    };

    [Theory]
    [MemberData(nameof(SecretLookAlikes))]
    public Task A_secret_that_only_resembles_a_publishable_key_is_reported(string value) =>
        Verify.VerifyAsync(Snippets.InClass($"const string ApiKey = [|{Literal(value)}|];"));

    [Fact]
    public Task A_publishable_key_in_a_configuration_file_is_not_reported_but_its_secret_is()
    {
        var secret = Token("sk." + "eyJ", 60, UrlSafe, 18) + "." + Chars(22, UrlSafe, 19);
        return VerifyAsync("/app/appsettings.json", $$"""
            {
              "Mapbox": {
                "AccessToken": "pk.eyJ{{Chars(60, UrlSafe, 20)}}.{{Chars(22, UrlSafe, 21)}}",
                "UploadToken": "{|#0:{{secret}}|}"
              }
            }
            """,
            Diagnostic().WithLocation(0).WithArguments("Mapbox:UploadToken", "appsettings.json", "Mapbox secret token"));
    }

    [Theory]
    [InlineData("pk_live_", false)]
    [InlineData("", false)]
    [InlineData("pk.eyJ.x", false)]
    public void Short_and_partial_values_are_not_public_keys(string value, bool expected) =>
        Assert.Equal(expected, PublicKeyFormats.IsPublicKey(value));
}
