using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Connectors;

/// <summary>SC4031 (a header that cannot be sent) and SC4032 (a header that would carry a credential).</summary>
public sealed class HeaderDeclarationTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using SecureConnectors;

        """;

    [Fact]
    public Task Fixed_and_per_call_headers_report_nothing() => Verify.VerifyAsync(Usings + """
        [Connector("github", BaseUrl = "https://api.github.com/", AuthHeader = "X-Api-Key")]
        [Header("User-Agent", "acme-sync/1.0")]
        [Header("X-GitHub-Api-Version", "2022-11-28")]
        public partial interface IGitHub
        {
            [Get("zen")]
            [Header("Accept", "application/vnd.github.raw+json")]
            [Header("User-Agent", "acme-sync/2.0")]
            Task ZenAsync([Header("Idempotency-Key")] string? idempotencyKey, [Header("X-Request-Id")] string requestId);

            // a signature computed per message by the caller is not the connector's credential
            [Post("relay")]
            Task RelayAsync([Header("X-Signature")] string signature, [Header("Partner-Signature")] string partnerSignature);
        }
        """);

    [Fact]
    public Task SC4032_headers_that_would_carry_a_credential() => Verify.VerifyAsync(Usings + """
        [Connector("a", BaseUrl = "https://api.example.com/", AuthHeader = "X-Partner-Seal")]
        [{|#0:Header("Authorization", "Bearer abc")|}]
        public partial interface IA
        {
            [Get("x")]
            [{|#1:Header("X-Partner-Seal", "v")|}]
            [{|#2:Header("Cookie", "session=1")|}]
            Task GetAsync([Header("X-Auth-Token")] string {|#3:token|});

            [Get("y")]
            [{|#4:Header("Proxy-Authorization", "Basic x")|}]
            [{|#5:Header("Ocp-Apim-Subscription-Key", "k")|}]
            Task OtherAsync();
        }
        """,
        Verify.Diagnostic("SC4032").WithLocation(0).WithArguments("Authorization", "IA"),
        Verify.Diagnostic("SC4032").WithLocation(3).WithArguments("X-Auth-Token", "GetAsync"),
        Verify.Diagnostic("SC4032").WithLocation(1).WithArguments("X-Partner-Seal", "GetAsync"),
        Verify.Diagnostic("SC4032").WithLocation(2).WithArguments("Cookie", "GetAsync"),
        Verify.Diagnostic("SC4032").WithLocation(4).WithArguments("Proxy-Authorization", "OtherAsync"),
        Verify.Diagnostic("SC4032").WithLocation(5).WithArguments("Ocp-Apim-Subscription-Key", "OtherAsync"));

    [Fact]
    public Task SC4031_headers_that_cannot_be_sent() => Verify.VerifyAsync(Usings + """
        [Connector("b", BaseUrl = "https://api.example.com/")]
        [{|#0:Header("User Agent", "x")|}]
        [{|#1:Header("Host", "api.example.com")|}]
        public partial interface IB
        {
            [Get("x")]
            [{|#2:Header("User-Agent")|}]
            [{|#3:Header("X-Trace", "a\r\nX-Injected: 1")|}]
            Task GetAsync([Header("X-Count")] int {|#4:count|}, [Header("X-Tag", "fixed")] string {|#5:tag|});

            [Get("y")]
            [Header("X-Twice", "1")]
            [{|#6:Header("x-twice", "2")|}]
            Task OtherAsync();
        }
        """,
        Verify.Diagnostic("SC4031").WithLocation(0).WithArguments("User Agent", "IB", "'User Agent' is not an HTTP header name; use letters, digits and '-'"),
        Verify.Diagnostic("SC4031").WithLocation(1).WithArguments("Host", "IB", "the client sets it from the request (address and body); leave it out"),
        Verify.Diagnostic("SC4031").WithLocation(4).WithArguments("X-Count", "GetAsync", "a per-call header takes a string parameter (null leaves the header out)"),
        Verify.Diagnostic("SC4031").WithLocation(5).WithArguments("X-Tag", "GetAsync", "a parameter's header takes its value from the parameter; write [Header(name)] without a value"),
        Verify.Diagnostic("SC4031").WithLocation(2).WithArguments("User-Agent", "GetAsync", "a fixed header needs a value, [Header(name, value)]; for a per-call value put [Header(name)] on a string parameter"),
        Verify.Diagnostic("SC4031").WithLocation(3).WithArguments("X-Trace", "GetAsync", "the value holds control characters (a line break would start another header)"),
        Verify.Diagnostic("SC4031").WithLocation(6).WithArguments("x-twice", "OtherAsync", "it is declared twice here; keep one"));

    [Fact]
    public Task Half_typed_headers_do_not_crash_the_analyzer() => Verify.VerifyAsync(Usings + """
        [Connector("c", BaseUrl = "https://api.example.com/")]
        [Header({|CS0103:undefined|}, "x")]
        public partial interface IC
        {
            [Get("x")] Task GetAsync([Header({|CS0103:missing|})] string value);
        }
        """);
}
