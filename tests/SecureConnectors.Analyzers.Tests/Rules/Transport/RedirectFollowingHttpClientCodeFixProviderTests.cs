using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.RedirectFollowingHttpClientAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.RedirectFollowingHttpClientCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class RedirectFollowingHttpClientCodeFixProviderTests
{
    [Theory]
    // an HttpClient with no handler gets one that does not follow redirects; its initializer stays
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(), p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), p);")]
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) }, p);")]
    [InlineData(
        "AcmeHrisClient M(ICredentialProvider p) => [|new(new(), p)|];",
        "AcmeHrisClient M(ICredentialProvider p) => new(new(new HttpClientHandler { AllowAutoRedirect = false }), p);")]
    [InlineData(
        "object M(ICredentialProvider p) { var http = new HttpClient(); return [|new AcmeHrisClient(http, p)|]; }",
        "object M(ICredentialProvider p) { var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }); return new AcmeHrisClient(http, p); }")]
    [InlineData(
        "private readonly HttpClient _http = new HttpClient();\nobject M(ICredentialProvider p) => [|new AcmeHrisClient(_http, p)|];",
        "private readonly HttpClient _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });\nobject M(ICredentialProvider p) => new AcmeHrisClient(_http, p);")]
    // an inline handler gets AllowAutoRedirect = false
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new HttpClientHandler()), p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), p);")]
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }), p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), AllowAutoRedirect = false }), p);")]
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = false }), p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }), p);")]
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new LoggingHandler(new HttpClientHandler()), disposeHandler: true), p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new LoggingHandler(new HttpClientHandler { AllowAutoRedirect = false }), disposeHandler: true), p);")]
    [InlineData(
        "object M(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new LoggingHandler { InnerHandler = new SocketsHttpHandler { } }), p)|];",
        "object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new LoggingHandler { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } }), p);")]
    public Task Turns_the_handlers_redirects_off(string member, string fixedMember) =>
        Verify.VerifyFixAsync(ConnectorClientSnippets.InClass(member), ConnectorClientSnippets.InClass(fixedMember));

    [Fact]
    public Task Keeps_a_multi_line_initializer_and_its_trailing_comma() =>
        Verify.VerifyFixAsync(
            ConnectorClientSnippets.InClass("""
                object M(ICredentialProvider p)
                {
                    var http = new HttpClient(new SocketsHttpHandler
                    {
                        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                        UseCookies = false,
                    });
                    return [|new AcmeHrisClient(http, p)|];
                }

                object N(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new HttpClientHandler
                {
                    UseCookies = false
                }), p)|];
                """),
            ConnectorClientSnippets.InClass("""
                object M(ICredentialProvider p)
                {
                    var http = new HttpClient(new SocketsHttpHandler
                    {
                        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                        UseCookies = false,
                        AllowAutoRedirect = false,
                    });
                    return new AcmeHrisClient(http, p);
                }

                object N(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler
                {
                    UseCookies = false,
                    AllowAutoRedirect = false
                }), p);
                """));

    [Fact]
    public Task Writes_the_handler_type_fully_qualified_where_it_is_not_imported() =>
        Verify.VerifyFixAsync(
            """
            using SecureConnectors;

            [Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/", AuthHeader = "X-Api-Key")]
            public partial interface IAcmeHris { }

            [System.CodeDom.Compiler.GeneratedCode("SecureConnectors", "1.0")]
            internal sealed class AcmeHrisClient : IAcmeHris
            {
                public AcmeHrisClient(System.Net.Http.HttpClient httpClient, ICredentialProvider credentials) { }
            }

            class C
            {
                object M(ICredentialProvider p) => [|new AcmeHrisClient(new System.Net.Http.HttpClient(), p)|];
            }
            """,
            """
            using SecureConnectors;

            [Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/", AuthHeader = "X-Api-Key")]
            public partial interface IAcmeHris { }

            [System.CodeDom.Compiler.GeneratedCode("SecureConnectors", "1.0")]
            internal sealed class AcmeHrisClient : IAcmeHris
            {
                public AcmeHrisClient(System.Net.Http.HttpClient httpClient, ICredentialProvider credentials) { }
            }

            class C
            {
                object M(ICredentialProvider p) => new AcmeHrisClient(new System.Net.Http.HttpClient(new System.Net.Http.HttpClientHandler { AllowAutoRedirect = false }), p);
            }
            """);

    [Theory]
    // a handler in a local may serve other clients, or be set later: the user decides
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler(); return [|new AcmeHrisClient(new HttpClient(handler), p)|]; }")]
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler(); handler.AllowAutoRedirect = true; return [|new AcmeHrisClient(new HttpClient(handler), p)|]; }")]
    [InlineData("object M(ICredentialProvider p) { var logging = new LoggingHandler(new HttpClientHandler()); return [|new AcmeHrisClient(new HttpClient(logging), p)|]; }")]
    public Task Offers_no_fix_for_a_handler_held_in_a_local(string member) =>
        Verify.VerifyNoFixAsync(ConnectorClientSnippets.InClass(member));

    [Fact]
    public Task Fix_all_turns_off_every_redirecting_handler() =>
        Verify.VerifyFixAsync(
            ConnectorClientSnippets.InClass("""
                object A(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient { BaseAddress = new Uri("https://api.acme-hris.example/v2/") }, p)|];
                object B(ICredentialProvider p) => [|new AcmeHrisClient(new HttpClient(new SocketsHttpHandler()), p)|];
                """),
            ConnectorClientSnippets.InClass("""
                object A(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri("https://api.acme-hris.example/v2/") }, p);
                object B(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), p);
                """));

    [Fact]
    public Task Fix_all_edits_a_shared_http_client_once() =>
        Verify.VerifyFixAsync(
            ConnectorClientSnippets.InClass("""
                private static readonly HttpClient Shared = new HttpClient();
                object A(ICredentialProvider p) => [|new AcmeHrisClient(Shared, p)|];
                object B(ICredentialProvider p) => [|new AcmeHrisClient(Shared, p)|];
                """),
            ConnectorClientSnippets.InClass("""
                private static readonly HttpClient Shared = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
                object A(ICredentialProvider p) => new AcmeHrisClient(Shared, p);
                object B(ICredentialProvider p) => new AcmeHrisClient(Shared, p);
                """));
}
