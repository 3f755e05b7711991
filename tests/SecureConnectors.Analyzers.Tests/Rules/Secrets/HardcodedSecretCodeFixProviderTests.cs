using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using SecureConnectors.CodeFixes.Rules.Secrets;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Secrets.HardcodedSecretAnalyzer,
    SecureConnectors.CodeFixes.Rules.Secrets.HardcodedSecretCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

public sealed class HardcodedSecretCodeFixProviderTests
{
    private static readonly string Generated = Chars(40, Base64, 41);
    private static readonly string Pwd = Password(42);

    private const string Configuration = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; set; } }
        }

        """;

    [Fact]
    public Task Reads_a_constant_from_the_environment_and_keeps_it_compiling() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class LedgerClient
                {
                    private const string ApiToken = [|{{Literal(Generated)}}|];
                    public string Header() => "Bearer " + ApiToken;
                }
                """,
            Snippets.Usings + """
                class LedgerClient
                {
                    private static readonly string ApiToken = Environment.GetEnvironmentVariable("LEDGER_API_TOKEN") ?? throw new InvalidOperationException("LEDGER_API_TOKEN is not set");
                    public string Header() => "Bearer " + ApiToken;
                }
                """,
            HardcodedSecretCodeFixProvider.EnvironmentKey);

    [Fact]
    public Task Names_the_variable_after_the_owner_and_kind_when_the_receiving_parameter_says_nothing() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class Gateway { public void Connect(string parameter) { } }
                class LedgerClient
                {
                    public void Open(Gateway gateway) => gateway.Connect([|{{Literal("ghp_" + Chars(36, Alnum, 43))}}|]);
                }
                """,
            Snippets.Usings + """
                class Gateway { public void Connect(string parameter) { } }
                class LedgerClient
                {
                    public void Open(Gateway gateway) => gateway.Connect(Environment.GetEnvironmentVariable("LEDGER_API_TOKEN") ?? throw new InvalidOperationException("LEDGER_API_TOKEN is not set"));
                }
                """,
            HardcodedSecretCodeFixProvider.EnvironmentKey);

    [Fact]
    public Task Turns_a_local_constant_into_a_variable() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class WebhookVerifier
                {
                    int Length()
                    {
                        const string signingKey = [|{{Literal(Generated)}}|];
                        return signingKey.Length;
                    }
                }
                """,
            Snippets.Usings + """
                class WebhookVerifier
                {
                    int Length()
                    {
                        string signingKey = Environment.GetEnvironmentVariable("WEBHOOK_VERIFIER_SIGNING_KEY") ?? throw new InvalidOperationException("WEBHOOK_VERIFIER_SIGNING_KEY is not set");
                        return signingKey.Length;
                    }
                }
                """,
            HardcodedSecretCodeFixProvider.EnvironmentKey);

    [Fact]
    public Task Reads_a_sink_argument_from_the_environment_named_after_the_sink() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class AlertsConnector
                {
                    NetworkCredential Credential() => new("alerts@contoso.example", [|{{Literal(Pwd)}}|]);
                }
                """,
            Snippets.Usings + """
                class AlertsConnector
                {
                    NetworkCredential Credential() => new("alerts@contoso.example", Environment.GetEnvironmentVariable("ALERTS_PASSWORD") ?? throw new InvalidOperationException("ALERTS_PASSWORD is not set"));
                }
                """,
            HardcodedSecretCodeFixProvider.EnvironmentKey);

    [Fact]
    public Task Keeps_the_authorization_scheme() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class BillingClient
                {
                    void M(HttpClient c) => c.DefaultRequestHeaders.Add("Authorization", [|{{Literal("Bearer " + Generated)}}|]);
                }
                """,
            Snippets.Usings + """
                class BillingClient
                {
                    void M(HttpClient c) => c.DefaultRequestHeaders.Add("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("BILLING_AUTHORIZATION") ?? throw new InvalidOperationException("BILLING_AUTHORIZATION is not set")));
                }
                """,
            HardcodedSecretCodeFixProvider.EnvironmentKey);

    [Fact]
    public Task Reads_from_configuration_where_an_IConfiguration_is_at_hand() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + Configuration + $$"""
                class PayrollConnector
                {
                    private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration;
                    public PayrollConnector(Microsoft.Extensions.Configuration.IConfiguration configuration) => _configuration = configuration;
                    void M(HttpRequestMessage request) => request.Headers.Add("X-Api-Key", [|{{Literal(Generated)}}|]);
                }
                """,
            Snippets.Usings + Configuration + """
                class PayrollConnector
                {
                    private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration;
                    public PayrollConnector(Microsoft.Extensions.Configuration.IConfiguration configuration) => _configuration = configuration;
                    void M(HttpRequestMessage request) => request.Headers.Add("X-Api-Key", _configuration["Payroll:XApiKey"] ?? throw new InvalidOperationException("Payroll:XApiKey is not configured"));
                }
                """,
            HardcodedSecretCodeFixProvider.ConfigurationKey);

    [Fact]
    public Task Offers_no_fix_where_the_value_must_stay_a_constant() =>
        Verify.VerifyNoFixAsync(Snippets.Usings + $$"""
            [AttributeUsage(AttributeTargets.Class)] class PartnerApiAttribute : Attribute { public string? ApiKey { get; set; } }
            [PartnerApi(ApiKey = [|{{Literal(Generated)}}|])] class Partner { }
            class C
            {
                void Connect(string password = [|{{Literal(Pwd)}}|]) { }
                const string SecretKey = [|{{Literal(Chars(40, Base64, 43))}}|];
                string Kind(string value) => value switch { SecretKey => "match", _ => "other" };
            }
            """);

    [Fact]
    public Task Fix_all_reads_every_secret_from_the_environment() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class SmsConnector
                {
                    private const string AuthToken = [|{{Literal(Chars(32, Hex, 44))}}|];
                    public static readonly string ApiKey = [|{{Literal(Generated)}}|];
                }
                """,
            Snippets.Usings + """
                class SmsConnector
                {
                    private static readonly string AuthToken = Environment.GetEnvironmentVariable("SMS_AUTH_TOKEN") ?? throw new InvalidOperationException("SMS_AUTH_TOKEN is not set");
                    public static readonly string ApiKey = Environment.GetEnvironmentVariable("SMS_API_KEY") ?? throw new InvalidOperationException("SMS_API_KEY is not set");
                }
                """,
            HardcodedSecretCodeFixProvider.EnvironmentKey);
}
