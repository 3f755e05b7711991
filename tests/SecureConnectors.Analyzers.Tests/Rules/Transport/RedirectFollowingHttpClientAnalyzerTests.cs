using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.RedirectFollowingHttpClientAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>SC2004: a custom-header connector client built on an HttpClient whose handler follows redirects itself.</summary>
public sealed class RedirectFollowingHttpClientAnalyzerTests
{
    [Theory]
    // the HttpClient inline
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(), p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient { BaseAddress = new Uri(\"https://api.acme-hris.example/v2/\") }, p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(new HttpClientHandler()), p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(new HttpClientHandler(), disposeHandler: true), p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }), p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = true }), p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(credentials: p, httpClient: new HttpClient())|};")]
    [InlineData("AcmeHrisClient M(ICredentialProvider p) => {|#0:new(new HttpClient(), p)|};")]
    [InlineData("AcmeHrisClient M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new(), p)|};")]
    // handlers wrapped by a DelegatingHandler
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(new LoggingHandler(new HttpClientHandler())), p)|};")]
    [InlineData("object M(ICredentialProvider p) => {|#0:new AcmeHrisClient(new HttpClient(new LoggingHandler { InnerHandler = new SocketsHttpHandler() }), p)|};")]
    // the HttpClient or the handler in a local written once
    [InlineData("object M(ICredentialProvider p) { var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) }; return {|#0:new AcmeHrisClient(http, p)|}; }")]
    [InlineData("object M(ICredentialProvider p) { using var http = new HttpClient(); return {|#0:new AcmeHrisClient(http, p)|}; }")]
    [InlineData("object M(ICredentialProvider p) { HttpClient http; http = new HttpClient(); return {|#0:new AcmeHrisClient(http, p)|}; }")]
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler { UseCookies = false }; return {|#0:new AcmeHrisClient(new HttpClient(handler), p)|}; }")]
    [InlineData("object M(ICredentialProvider p) { var handler = new SocketsHttpHandler(); handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2); var http = new HttpClient(handler, disposeHandler: false); return {|#0:new AcmeHrisClient(http, p)|}; }")]
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler(); handler.AllowAutoRedirect = true; return {|#0:new AcmeHrisClient(new HttpClient(handler), p)|}; }")]
    [InlineData("object M(ICredentialProvider p) { var inner = new HttpClientHandler(); var logging = new LoggingHandler(inner); return {|#0:new AcmeHrisClient(new HttpClient(logging), p)|}; }")]
    // the HttpClient in a readonly field written once in its type
    [InlineData("private readonly HttpClient _http = new HttpClient();\nobject M(ICredentialProvider p) => {|#0:new AcmeHrisClient(_http, p)|};")]
    [InlineData("private static readonly HttpClient Shared = new(new HttpClientHandler());\nobject M(ICredentialProvider p) => {|#0:new AcmeHrisClient(Shared, p)|};")]
    [InlineData("private readonly HttpClient _http;\nC() { _http = new HttpClient(); }\nobject M(ICredentialProvider p) => {|#0:new AcmeHrisClient(this._http, p)|};")]
    public Task Reports_a_custom_header_client_on_a_redirecting_handler(string members) =>
        Verify.VerifyAsync(
            ConnectorClientSnippets.InClass(members),
            Sc2004(0));

    [Fact]
    public Task Reports_in_field_initializers_and_lambdas() => Verify.VerifyAsync(
        ConnectorClientSnippets.InClass("""
            Func<ICredentialProvider, object> Factory = p => {|#0:new AcmeHrisClient(new HttpClient(), p)|};
            object M(ICredentialProvider p)
            {
                var http = new HttpClient();
                Func<object> make = () => {|#1:new AcmeHrisClient(http, p)|};
                return make();
            }
            """),
        Sc2004(0),
        Sc2004(1));

    [Theory]
    // redirects turned off in the initializer, or later on the local
    [InlineData("object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), p);")]
    [InlineData("object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) }), p);")]
    [InlineData("bool _follow; object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = _follow }), p);")]
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler(); handler.AllowAutoRedirect = false; return new AcmeHrisClient(new HttpClient(handler), p); }")]
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler(); var client = new AcmeHrisClient(new HttpClient(handler), p); handler.AllowAutoRedirect = false; return client; }")]
    [InlineData("object M(ICredentialProvider p) { var inner = new HttpClientHandler { AllowAutoRedirect = false }; return new AcmeHrisClient(new HttpClient(new LoggingHandler(inner)), p); }")]
    [InlineData("object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new LoggingHandler { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false } }), p);")]
    [InlineData("object M(ICredentialProvider p) { var logging = new LoggingHandler(new HttpClientHandler()); logging.InnerHandler = new HttpClientHandler { AllowAutoRedirect = false }; return new AcmeHrisClient(new HttpClient(logging), p); }")]
    // what cannot be seen: parameters, factories, properties, fields written twice or not readonly, escaping handlers
    [InlineData("object M(HttpClient http, ICredentialProvider p) => new AcmeHrisClient(http, p);")]
    [InlineData("interface IHttpClientFactory { HttpClient CreateClient(string name); }\nobject M(IHttpClientFactory factory, ICredentialProvider p) => new AcmeHrisClient(factory.CreateClient(\"acme\"), p);")]
    [InlineData("object M(HttpMessageHandler handler, ICredentialProvider p) => new AcmeHrisClient(new HttpClient(handler), p);")]
    [InlineData("HttpClient Http { get; } = new HttpClient();\nobject M(ICredentialProvider p) => new AcmeHrisClient(Http, p);")]
    [InlineData("private HttpClient _http = new HttpClient();\nobject M(ICredentialProvider p) => new AcmeHrisClient(_http, p);")]
    [InlineData("private readonly HttpClient _http = new HttpClient();\nC(HttpClient http) { _http = http; }\nobject M(ICredentialProvider p) => new AcmeHrisClient(_http, p);")]
    [InlineData("object M(ICredentialProvider p, bool b) { var http = new HttpClient(); if (b) { http = Make(); } return new AcmeHrisClient(http, p); }\nstatic HttpClient Make() => new(new HttpClientHandler { AllowAutoRedirect = false });")]
    [InlineData("object M(ICredentialProvider p) { var handler = new HttpClientHandler(); Configure(handler); return new AcmeHrisClient(new HttpClient(handler), p); }\nstatic void Configure(HttpClientHandler h) => h.AllowAutoRedirect = false;")]
    [InlineData("object M(ICredentialProvider p) { HttpClient http; Make(out http); return new AcmeHrisClient(http, p); }\nstatic void Make(out HttpClient h) => h = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });")]
    [InlineData("private readonly HttpClientHandler _handler = new HttpClientHandler();\nobject M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(_handler), p);")]
    // handlers of other types, and DelegatingHandlers whose inner handler cannot be seen
    [InlineData("class NoRedirectHandler : HttpClientHandler { public NoRedirectHandler() { AllowAutoRedirect = false; } }\nobject M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new NoRedirectHandler()), p);")]
    [InlineData("object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new LoggingHandler()), p);")]
    [InlineData("object M(HttpMessageHandler inner, ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new LoggingHandler(inner)), p);")]
    // connectors whose credential goes in Authorization (dropped by .NET on a redirect), and non-generated classes
    [InlineData("object M(ICredentialProvider p) => new BearerCrmClient(new HttpClient(), p);")]
    [InlineData("object M(ICredentialProvider p) => new EmptyHeaderClient(new HttpClient(), p);")]
    [InlineData("object M(ICredentialProvider p) => new HandWrittenHris(new HttpClient(), p);")]
    [InlineData("object M() => new HttpClient(new HttpClientHandler());")]
    public Task Leaves_alone_what_does_not_follow_redirects_or_cannot_be_seen(string members) =>
        Verify.VerifyAsync(ConnectorClientSnippets.InClass(members));

    // The additional location (where the fix edits) is checked by the code fix tests.
    private static DiagnosticResult Sc2004(int location) =>
        Verify.Diagnostic("SC2004").WithLocation(location).WithArguments("AcmeHrisClient").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    [Fact]
    public Task Leaves_dependency_injection_alone() => Verify.VerifyAsync(ConnectorClientSnippets.InClass("""
        interface IServices { T Get<T>(); }
        object M(IServices services) => new AcmeHrisClient(services.Get<HttpClient>(), services.Get<ICredentialProvider>());
        """));

    [Fact]
    public async Task Reports_on_the_client_the_generator_writes()
    {
        const string source = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using SecureConnectors;

            [Connector("help-desk", BaseUrl = "https://helpdesk.example/api", AuthHeader = "X-Api-Key")]
            [Grant("tickets:write")]
            public partial interface IHelpDesk
            {
                [Delete("tickets/{id}")]
                [Requires("tickets:write")]
                Task CloseAsync(long id);
            }

            [Connector("bearer-desk", BaseUrl = "https://bearer.example/api")]
            [Grant("tickets:write")]
            public partial interface IBearerDesk
            {
                [Delete("tickets/{id}")]
                [Requires("tickets:write")]
                Task CloseAsync(long id);
            }

            class C
            {
                object A(ICredentialProvider p) => new HelpDeskClient(new HttpClient(), p);
                object B(ICredentialProvider p) => new HelpDeskClient(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), p);
                object D(ICredentialProvider p) => new BearerDeskClient(new HttpClient(), p);
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Generated",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Desk.cs") },
            TestReferences.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new SecureConnectors.Analyzers.Generator.ConnectorGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await generated.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RedirectFollowingHttpClientAnalyzer())).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SC2004", diagnostic.Id);
        Assert.Contains("new HelpDeskClient(new HttpClient(), p)", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(
            "'HelpDeskClient' is built on an HttpClient whose handler follows redirects; its credential header would be re-sent to the redirect's origin, set 'AllowAutoRedirect = false' on the handler",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Knows_a_client_by_the_file_the_generator_writes_it_to()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", ConnectorClientSnippets.InClass("object M(ICredentialProvider p) => {|#0:new TicketsClient(new HttpClient(), p)|};")));
        test.TestState.Sources.Add(("/0/Acme.ITickets.Connector.g.cs", """
            // <auto-generated/>
            [SecureConnectors.Connector("tickets", BaseUrl = "https://tickets.example/", AuthHeader = "X-Tickets-Key")]
            public partial interface ITickets { }

            internal sealed class TicketsClient : ITickets
            {
                public TicketsClient(System.Net.Http.HttpClient httpClient, SecureConnectors.ICredentialProvider credentials) { }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SC2004").WithLocation(0).WithArguments("TicketsClient").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await test.RunAsync();
    }

    [Fact]
    public Task Skips_generated_code() =>
        Verify.VerifyAsync("// <auto-generated/>\n" + ConnectorClientSnippets.InClass("object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(), p);"));

    [Fact]
    public Task Leaves_alone_a_generated_class_of_no_connector() => Verify.VerifyAsync("""
        using System.Net.Http;
        [System.CodeDom.Compiler.GeneratedCode("SecureConnectors", "1.0")]
        class AcmeHrisClient { public AcmeHrisClient(HttpClient http) { } }
        class C { object M() => new AcmeHrisClient(new HttpClient()); }
        """);

    [Theory]
    [InlineData("class C { object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(), ")]
    [InlineData("class C { object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = }), p); }")]
    [InlineData("class C { object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new Missing()), p); }")]
    [InlineData("class C { object M(ICredentialProvider p) { var http = ; return new AcmeHrisClient(http, p); } }")]
    [InlineData("class C { object M(ICredentialProvider p) { var handler = new HttpClientHandler(); handler. ; return new AcmeHrisClient(new HttpClient(handler), p); } }")]
    [InlineData("class C { readonly HttpClient _http = new HttpClient(; object M(ICredentialProvider p) => new AcmeHrisClient(_http, p); }")]
    [InlineData("class C { object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(new LoggingHandler { InnerHandler = }), p); }")]
    [InlineData("class C { object M(ICredentialProvider p) => new AcmeHrisClient(new HttpClient(), p, null, null, null, null); }")]
    [InlineData("[Connector(\"x\", AuthHeader = )] interface IX { } [System.CodeDom.Compiler.GeneratedCode(\"SecureConnectors\")] class XClient : IX { XClient(HttpClient h) { } object M() => new XClient(new HttpClient()); }")]
    public async Task Never_throws_on_incomplete_code(string source)
    {
        await IncompleteCode.AnalyzeAsync(ConnectorClientSnippets.Declarations + source, new RedirectFollowingHttpClientAnalyzer());
    }

    [Fact]
    public async Task Still_reports_next_to_incomplete_code()
    {
        var diagnostics = await IncompleteCode.AnalyzeAsync(
            ConnectorClientSnippets.Declarations + "class C { object M(ICredentialProvider p) { var x = ; return new AcmeHrisClient(new HttpClient(), p); } }",
            new RedirectFollowingHttpClientAnalyzer());
        Assert.Equal("SC2004", Assert.Single(diagnostics).Id);
        Assert.DoesNotContain("X-Api-Key", diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
