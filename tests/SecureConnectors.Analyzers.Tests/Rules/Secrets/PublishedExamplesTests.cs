using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
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
    private const string MollieTestKey = "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM";
    private const string MollieAccessToken = "access_46EUJ6x8jFJZZeAvhNH4JVey6qVpqR";

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
            """));

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
            """));

    [Theory]
    [InlineData(TwitterConsumerKey, true)]
    [InlineData(TwitterTokenSecret, true)]
    [InlineData("\t" + MollieAccessToken + " ", true)]
    [InlineData("", false)]
    [InlineData("xvz1evFS4wEEPTGEFPHBoh", false)]
    [InlineData("XVZ1EVFS4WEEPTGEFPHBOG", false)]
    public void Recognises_exactly_the_published_values(string value, bool published) =>
        Assert.Equal(published, PublishedExamples.IsPublished(value));

    // The last letter moved one place in the alphabet: same shape, a different value.
    private static string Altered(string value) => value.Substring(0, value.Length - 1) + (char)(value[value.Length - 1] == 'z' ? 'a' : value[value.Length - 1] + 1);
}
