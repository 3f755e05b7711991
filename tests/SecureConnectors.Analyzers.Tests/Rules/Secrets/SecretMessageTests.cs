using System.Linq;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>
/// A diagnostic message or property never quotes a literal the rules judge secret-shaped, whatever the code
/// uses it as: for every destination that takes its name from a literal key, and for SC1002's query parameter.
/// </summary>
public sealed class SecretMessageTests
{
    private static readonly string Value = Chars(40, Base64, 21);

    // A first argument shaped like Braintree-style "environment$id$secret" credentials, ending in a secret word.
    public static TheoryData<string> SecretShapedKeys() => new()
    {
        "prod$" + Chars(16, Lower + Digits, 22) + "$client_secret",
        Token("sk_live_", 24, Alnum, 23),
        Chars(32, Alnum, 24) + "_token",
        Uuid(25) + "-api-key",
    };

    // Every destination kind whose name comes from a literal: header pair, keyed argument pair, indexer,
    // header indexer, tuple pair, key/value pair creation.
    private static string[] SinksFor(string key) => new[]
    {
        $"void A(HttpClient c) => c.DefaultRequestHeaders.Add({Literal(key)}, {Literal(Value)});",
        $"void B(Dictionary<string, string> form) => form.Add({Literal(key)}, {Literal(Value)});",
        $"void C(Dictionary<string, string> settings) => settings[{Literal(key)}] = {Literal(Value)};",
        $"void D(WebHeaderCollection headers) => headers[{Literal(key)}] = {Literal(Value)};",
        $"(string, string) E() => ({Literal(key)}, {Literal(Value)});",
        $"KeyValuePair<string, string> F() => new({Literal(key)}, {Literal(Value)});",
    };

    [Theory]
    [MemberData(nameof(SecretShapedKeys))]
    public async Task A_secret_shaped_key_is_never_quoted_in_a_message_or_property(string key)
    {
        foreach (var sink in SinksFor(key))
        {
            var diagnostics = await IncompleteCode.AnalyzeAsync(Snippets.InClass(sink), new HardcodedSecretAnalyzer());

            Assert.NotEmpty(diagnostics); // the value (and often the key) is still reported
            foreach (var diagnostic in diagnostics)
            {
                Assert.DoesNotContain(key, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
                Assert.DoesNotContain(diagnostic.Properties.Values, v => v is not null && v.Contains(key));
            }
        }
    }

    [Fact]
    public async Task A_key_that_is_a_name_is_still_quoted()
    {
        foreach (var sink in SinksFor("client_secret").Concat(new[] { $"void G(HttpClient c) => c.DefaultRequestHeaders.Add(\"X-Api-Key\", {Literal(Value)});" }))
        {
            var diagnostics = await IncompleteCode.AnalyzeAsync(Snippets.InClass(sink), new HardcodedSecretAnalyzer());

            var message = Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(message.Contains("'client_secret'") || message.Contains("'X-Api-Key'"), message);
        }
    }

    [Fact]
    public async Task A_secret_shaped_query_parameter_name_is_not_quoted_by_SC1002()
    {
        var name = "prod$" + Chars(16, Lower + Digits, 26) + "$api_key";
        var source = Snippets.InClass($"Uri U = new(\"https://api.contoso.com/v1?{name}={Chars(40, Alnum, 27)}\");");

        var diagnostic = Assert.Single(await IncompleteCode.AnalyzeAsync(source, new CredentialInUrlAnalyzer()));

        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(name, message);
        Assert.Contains("query parameter", message);
    }

    [Fact]
    public async Task A_query_parameter_that_is_a_name_is_quoted_by_SC1002()
    {
        var source = Snippets.InClass($"Uri U = new(\"https://api.contoso.com/v1?api_key={Chars(40, Alnum, 28)}\");");

        var diagnostic = Assert.Single(await IncompleteCode.AnalyzeAsync(source, new CredentialInUrlAnalyzer()));

        Assert.Contains("'api_key'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
