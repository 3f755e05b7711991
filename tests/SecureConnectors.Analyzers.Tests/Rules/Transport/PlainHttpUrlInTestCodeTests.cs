using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2001 in test code: a test whose requests go to an in-process HTTP fake reaches no host, and a JSON document in a
/// test is a recorded response or an input; both are data. The same code outside tests, a library handler, or a fake
/// held by another class still report.
/// </summary>
public sealed class PlainHttpUrlInTestCodeTests
{
    private const string TestFile = "/src/Contoso.Connectors.Tests/ClientTests.cs";
    private const string ProductionFile = "/src/Contoso.Connectors/Client.cs";

    // Stand-ins with the names and namespaces of the fake HTTP layers tests use.
    private const string Fakes = """
        namespace Flurl.Http.Testing
        {
            public class HttpTest : System.IDisposable
            {
                public HttpTest RespondWith(string body) => this;
                public HttpTest ShouldHaveCalled(string urlPattern) => this;
                public void Dispose() { }
            }
        }

        namespace Flurl.Http
        {
            public static class UrlExtensions { public static System.Threading.Tasks.Task<string> GetStringAsync(this string url) => System.Threading.Tasks.Task.FromResult(""); }
        }

        namespace Microsoft.AspNetCore.Mvc.Testing
        {
            public class WebApplicationFactory<TEntryPoint> where TEntryPoint : class { public System.Net.Http.HttpClient CreateClient() => new(); }
        }

        namespace JustEat.HttpClientInterception
        {
            public class HttpClientInterceptorOptions { public System.Net.Http.HttpClient CreateHttpClient() => new(); }
        }

        namespace Moq
        {
            public class Mock<T> where T : class { public T Object => null!; }
        }

        namespace Xunit
        {
            public interface IClassFixture<TFixture> where TFixture : class { }
        }
        """;

    [Fact]
    public Task Leaves_urls_alone_where_a_flurl_http_test_answers_the_calls() =>
        VerifyInTestFile("""
            namespace Contoso.Connectors.Tests
            {
                using Flurl.Http;
                using Flurl.Http.Testing;

                public abstract class HttpTestFixtureBase
                {
                    protected HttpTest HttpTest { get; } = new HttpTest();
                }

                public sealed class GetTests : HttpTestFixtureBase
                {
                    async Task Gets()
                    {
                        HttpTest.RespondWith("great job");
                        await "http://www.api-partner.com/items".GetStringAsync();
                        HttpTest.ShouldHaveCalled("http://www.api-partner.com/*");
                    }
                }

                public sealed class StandaloneTests
                {
                    async Task Gets()
                    {
                        using var test = new HttpTest();
                        await "http://www.api-partner.com/items".GetStringAsync();
                    }

                    async Task WithoutTheFake() => await [|"http://www.api-partner.com/items"|].GetStringAsync();
                }
            }
            """);

    // ASP.NET Web API 2's in-memory host: new HttpClient(new HttpServer(config)) answers inside the test process. The base
    // address set in the constructor is read only by the member that builds the client over it (Papercut's ApiTestBase).
    // A field also read by a member that builds no fake, and the same host without the server, still report.
    [Fact]
    public Task Leaves_urls_alone_that_only_an_in_memory_web_api_server_receives() =>
        VerifyInTestFile("""
            namespace System.Web.Http
            {
                public sealed class HttpConfiguration { }
                public sealed class HttpServer : System.Net.Http.DelegatingHandler { public HttpServer(HttpConfiguration configuration) { } }
            }

            namespace Contoso.Connectors.Tests
            {
                using System.Web.Http;

                public class ApiTestBase
                {
                    protected readonly HttpClient client;
                    protected string baseAddress;

                    public ApiTestBase()
                    {
                        this.baseAddress = "http://webui.partner-mail.com";
                        this.client = this.BuildClient();
                    }

                    HttpClient BuildClient() => new HttpClient(new HttpServer(new HttpConfiguration())) { BaseAddress = new Uri(this.baseAddress) };
                }

                public class MixedTestBase
                {
                    protected string baseAddress;

                    public MixedTestBase() { this.baseAddress = [|"http://webui.partner-mail.com"|]; }

                    HttpClient BuildClient() => new HttpClient(new HttpServer(new HttpConfiguration())) { BaseAddress = new Uri(this.baseAddress) };

                    HttpClient BuildLiveClient() => new HttpClient { BaseAddress = new Uri(this.baseAddress) };
                }

                public class LiveTestBase
                {
                    protected string baseAddress;

                    public LiveTestBase() { this.baseAddress = [|"http://webui.partner-mail.com"|]; }

                    HttpClient BuildClient() => new HttpClient { BaseAddress = new Uri(this.baseAddress) };
                }
            }
            """);

    // The build lacks System.Web.Http (the type does not bind): the server is known by its name.
    [Fact]
    public Task Knows_the_in_memory_server_by_name_when_its_assembly_is_missing() =>
        VerifyInTestFile("""
            namespace Contoso.Connectors.Tests
            {
                public class ApiTestBase
                {
                    protected string baseAddress;

                    public ApiTestBase() { this.baseAddress = "http://webui.partner-mail.com"; }

                    HttpClient BuildClient(object config) => new HttpClient(new {|CS0246:HttpServer|}(config)) { BaseAddress = new Uri(this.baseAddress) };
                }
            }
            """);

    [Fact]
    public Task Leaves_urls_alone_where_a_handler_the_tests_declare_answers() =>
        VerifyInTestFile("""
            namespace Contoso.Connectors.Tests
            {
                sealed class CannedHandler : HttpMessageHandler
                {
                    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                        Task.FromResult(new HttpResponseMessage());
                }

                public sealed class ClientTests
                {
                    private readonly CannedHandler handler = new();

                    Task<string> Gets() => new HttpClient(handler).GetStringAsync("http://api.partner-payments.com/v1/items");
                }

                sealed class StubbingHandler : DelegatingHandler
                {
                    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                        Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
                }

                public sealed class StubbedTests
                {
                    private readonly StubbingHandler handler = new();

                    Task<string> Gets() => new HttpClient(handler).GetStringAsync("http://api.partner-payments.com/v1/items");
                }

                public sealed class MockedHandlerTests
                {
                    private readonly Moq.Mock<HttpMessageHandler> handler = new();

                    Task<string> Gets() => new HttpClient(handler.Object).GetStringAsync("http://api.partner-payments.com/v1/items");
                }

                public sealed class Program { }

                public sealed class PartnerFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> { }

                public sealed class InterceptedTests
                {
                    private readonly JustEat.HttpClientInterception.HttpClientInterceptorOptions options = new();

                    Task<string> Gets() => options.CreateHttpClient().GetStringAsync("http://api.partner-payments.com/v1/items");
                }

                public sealed class CollectionFixtureTests
                {
                    private readonly HttpClient client;

                    public CollectionFixtureTests(PartnerFactory factory) => client = factory.CreateClient();

                    Task<string> Gets() => client.GetStringAsync("http://api.partner-payments.com/v1/items");
                }

                public sealed class ApiTests : Xunit.IClassFixture<PartnerFactory>
                {
                    private readonly HttpClient client;

                    public ApiTests(PartnerFactory factory) => client = factory.CreateClient();

                    Task<string> Gets() => client.GetStringAsync("http://api.partner-payments.com/v1/items");
                }
            }
            """);

    [Fact]
    public Task Still_reports_tests_that_send_through_a_library_handler_or_another_class_fake() =>
        VerifyInTestFile("""
            namespace Contoso.Connectors.Tests
            {
                public sealed class CannedHandler : HttpMessageHandler
                {
                    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                        Task.FromResult(new HttpResponseMessage());
                }

                public sealed class HandlerHolder
                {
                    public CannedHandler Handler { get; } = new();
                }

                public sealed class RecordingHandler : DelegatingHandler
                {
                    public RecordingHandler() : base(new HttpClientHandler()) { }

                    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                    {
                        System.Console.WriteLine(request.RequestUri);
                        return base.SendAsync(request, cancellationToken);
                    }
                }

                public sealed class PassThroughHandler : DelegatingHandler { }

                public sealed class RecordedLiveTests
                {
                    private readonly RecordingHandler recorder = new();
                    private readonly PassThroughHandler passThrough = new();

                    Task<string> Gets() => new HttpClient(recorder).GetStringAsync([|"http://api.partner-payments.com/v1/items"|]);
                }

                public sealed class LiveTests
                {
                    private readonly HttpClientHandler handler = new();

                    Task<string> Gets() => new HttpClient(handler).GetStringAsync([|"http://api.partner-payments.com/v1/items"|]);

                    Task<string> GetsWithAHolder(HandlerHolder holder) => new HttpClient().GetStringAsync([|"http://api.partner-payments.com/v1/items"|]);
                }
            }
            """);

    [Fact]
    public async Task Reports_the_same_code_outside_test_code()
    {
        var test = new CSharpAnalyzerVerifier<PlainHttpUrlAnalyzer>.Test();
        test.TestState.Sources.Add((ProductionFile, Snippets.Usings + """"
            namespace Contoso.Connectors
            {
                sealed class RetryHandler : DelegatingHandler
                {
                    public RetryHandler() : base(new HttpClientHandler()) { }
                }

                public sealed class PartnerClient
                {
                    private readonly RetryHandler handler = new();

                    Task<string> Gets() => new HttpClient(handler).GetStringAsync([|"http://api.partner-payments.com/v1/items"|]);

                    const string Registration = [|"""
                        { "callback_url": "http://hooks.partner-payments.com/contoso" }
                        """|];
                }
            }
            """"));
        await test.RunAsync();
    }

    [Fact]
    public Task Leaves_json_documents_in_test_code_alone() =>
        VerifyInTestFile(""""
            namespace Contoso.Connectors.Tests
            {
                public sealed class OrganizationTests
                {
                    const string Recorded = """
                        { "login": "octocat", "blog": "http://octocat-blog.com", "url": "http://api.partner-payments.com/orgs/octocat" }
                        """;

                    Task<string> ButItsRequestStillReports(HttpClient client) => client.GetStringAsync([|"http://api.partner-payments.com/orgs/octocat"|]);
                }
            }
            """");

    // A JSON document the test itself posts as a request body is a payload a server acts on (a webhook subscription's
    // callback URL), unless the test runs against a fake; one the test only holds or parses stays data.
    [Fact]
    public Task Reports_a_json_document_the_test_posts_as_a_request_body() =>
        VerifyInTestFile(""""
            namespace Contoso.Connectors.Tests
            {
                public sealed class SandboxTests
                {
                    async Task Subscribes(HttpClient sandbox)
                    {
                        var subscription = [|"""{"event":"entry.booked","callback_url":"http://hooks-staging.partner-payments.com/ledger"}"""|];
                        using var response = await sandbox.PostAsync("subscriptions", new StringContent(subscription, System.Text.Encoding.UTF8, "application/json"));
                    }

                    Task Direct(HttpClient sandbox) => sandbox.PostAsync("subscriptions", new StringContent([|"""{"callback_url":"http://hooks.partner-payments.com/ledger"}"""|]));

                    void Parsed()
                    {
                        var recorded = """{"callback_url":"http://hooks.partner-payments.com/ledger"}""";
                        System.Text.Json.JsonDocument.Parse(recorded);
                    }
                }

                public sealed class FakeBackedTests
                {
                    private readonly HttpClient client;

                    public FakeBackedTests(PartnerFactory factory) => client = factory.CreateClient();

                    Task Subscribes() => client.PostAsync("subscriptions", new StringContent("""{"callback_url":"http://hooks.partner-payments.com/ledger"}"""));
                }

                public sealed class Program { }

                public sealed class PartnerFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> { }
            }
            """");

    // A domain named test, sample or demo (numbered or not, whole or as a dash-separated word: fleck-test.com) fills in an
    // entity's URL in a test, as does a host under a
    // top-level domain that does not exist, and a link to a picture that an entity holds (one the test downloads is a
    // request); a provider's test environment is a label under the provider's own name and
    // still reports, as does a real top-level domain that looks made up, and the same hosts in production code.
    private const string TestDataDomains = """
        namespace Contoso.Connectors.Tests
        {
            public sealed class OrderBuilder
            {
                public string PictureUri => MARK"http://test.com/image.jpg"END;
                public string Catalog => MARK"http://cdn.sample.org/catalog/1"END;
                public string Storefront => MARK"http://demo.net/shop"END;
                public string Webhook => MARK"http://test123.com/hooks"END;
                public string Second => MARK"http://sample2.org/hooks"END;
                public string AudioFile => MARK"http://url.url"END;
                public string Internal => MARK"http://payroll.svc.internal/api"END;
                public string Fake => MARK"http://orders.fake:8080/v1"END;
                public string Device => MARK"ftp://192.168.0.0/"END;
                public string Printer => MARK"http://10.20.30.40:631/printers"END;
                public string Sensor => MARK"http://172.20.1.5/readings"END;
                public string LinkLocal => MARK"http://[fe80::1ff:fe23:4567:890a]/"END;
                public string UniqueLocal => MARK"http://[fd12:3456:789a::1]/"END;
                public string Attachment => MARK"http://i.imgur.com/H7ybFd0.png"END;
                public string Avatar => MARK"http://cdn.contoso.com/avatars/42.JPG?size=64"END;
                public object Case => new { img = MARK"http://img.contoso.com/poster.jpg"END, logo = MARK"http://cdn.contoso.com/logo.png"END, includeLogo = true };
                Task<string> Export(HttpClient client) => client.GetStringAsync([|"http://files.partner-hr.com/export.csv"|]);
                Task<string> Photo(HttpClient client) => client.GetStringAsync([|"http://cdn.partner-hr.com/photos/e-1.jpg"|]);
                Task<string> Images(HttpClient client) => client.GetStringAsync([|"http://api.partner-hr.com/v1/images"|]);
                Task<string> Fictional(HttpClient client) => client.GetStringAsync(MARK"http://api.contoso.com/v1/images"END);
                public string BotEndpoint => MARK"http://fabrikam.com/api/messages"END;
                public Uri Tenant => new(MARK"http://login.northwindtraders.com/"END);
                Task<string> NotFictional(HttpClient client) => client.GetStringAsync([|"http://contosoapi.com/v1"|]);
                public Uri Organization => new(MARK"http://contoso.visualstudio.com"END);
                public Uri Site => new(MARK"http://fabrikam.sharepoint.com/sites/hr"END);
                Task<string> NotATenant(HttpClient client) => client.GetStringAsync([|"http://contosoapi.visualstudio.com/v1"|]);
                Task<string> RealTld(HttpClient client) => client.GetStringAsync([|"http://orders.foo/v1"|]);
                Task<string> Ip(HttpClient client) => client.GetStringAsync([|"http://20.40.60.80/v1"|]);
                Task<string> NotPrivate(HttpClient client) => client.GetStringAsync([|"http://172.32.0.5/v1"|]);
                Task<string> NotNumbered(HttpClient client) => client.GetStringAsync([|"http://testa.com/v1"|]);
                Task<string> Sandbox(HttpClient client) => client.GetStringAsync([|"http://test.salesforce.com/services/oauth2/token"|]);
                Task<string> Contest(HttpClient client) => client.GetStringAsync([|"http://contest.com/entries"|]);
                Uri FirstDomain => new(MARK"http://a.com/"END);
                Uri SecondDomain => new(MARK"http://www.b2.org/page"END);
                Task<string> TwoLetters(HttpClient client) => client.GetStringAsync([|"http://ab.com/v1"|]);
                public string Location => MARK"ws://fleck-test.com"END;
                Task<string> DashedDemo(HttpClient client) => client.GetStringAsync(MARK"http://api.acme-demo2.io/v1"END);
                Task<string> InsideAWord(HttpClient client) => client.GetStringAsync([|"http://latest-builds.com/v1"|]);
                Task<string> Contested(HttpClient client) => client.GetStringAsync([|"http://api.contest-hub.com/v1"|]);
                Task<string> CompanyWord(HttpClient client) => client.GetStringAsync([|"http://sandbox.fabrikam-hr.net/api/"|]);
            }
        }
        """;

    [Fact]
    public Task Leaves_test_data_domains_alone_in_test_code() =>
        VerifyInTestFile(TestDataDomains.Replace("MARK", "").Replace("END", ""));

    [Fact]
    public Task Reports_test_data_domains_in_production_code() =>
        VerifyInProductionFile(TestDataDomains.Replace("MARK", "[|").Replace("END", "|]"));

    // A client built with an http base URL inside the delegate a test expects to throw: an input to be refused. A call
    // inside such a delegate may send, and is still reported.
    [Fact]
    public Task Leaves_inputs_a_test_expects_to_be_refused_alone() =>
        VerifyInTestFile("""
            namespace Xunit
            {
                public static class Assert
                {
                    public static T Throws<T>(Func<object?> testCode) where T : Exception => throw null!;
                    public static Task<T> ThrowsAsync<T>(Func<Task> testCode) where T : Exception => throw null!;
                }
            }

            namespace Contoso.Connectors.Tests
            {
                public sealed class PartnerOptions { public string BaseUrl { get; set; } = ""; }
                public sealed class PartnerClient { public PartnerClient(PartnerOptions options) { } public PartnerClient(Uri baseAddress) { } }

                public sealed class SecurityHardeningTests
                {
                    void RefusesPlainHttp() => Xunit.Assert.Throws<ArgumentException>(() => new PartnerClient(new PartnerOptions { BaseUrl = "http://api.partner-mail.com" }));
                    void RefusesPlainUri() => Xunit.Assert.Throws<ArgumentException>(() => new PartnerClient(new Uri("http://api.partner-mail.com/v3")));
                    Task Sends(HttpClient client) => Xunit.Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync([|"http://api.partner-mail.com/v3/domains"|]));
                    PartnerClient Outside() => new PartnerClient(new PartnerOptions { BaseUrl = [|"http://api.partner-mail.com"|] });
                }

                // The negative test of an HTTPS-only guard: the call must refuse its argument before anything is sent.
                public sealed class HttpsGuardTests
                {
                    Task Refused(HttpClient client) => Xunit.Assert.ThrowsAsync<ArgumentException>(() => client.GetStringAsync(new Uri("http://graph.partner-mail.com")));

                    async Task RefusedThroughALocal(HttpClient client)
                    {
                        var nonHttpsUrl = "http://graph.partner-mail.com";
                        await Xunit.Assert.ThrowsAsync<ArgumentException>(() => client.GetStringAsync(new Uri(nonHttpsUrl)));
                    }

                    Task NotSupported(HttpClient client) => Xunit.Assert.ThrowsAsync<NotSupportedException>(() => client.GetStringAsync(new Uri("http://graph.partner-mail.com")));

                    async Task LocalAlsoUsedOutside(HttpClient client)
                    {
                        var url = [|"http://graph.partner-mail.com"|];
                        await client.GetStringAsync(new Uri(url));
                        await Xunit.Assert.ThrowsAsync<ArgumentException>(() => client.GetStringAsync(new Uri(url)));
                    }

                    Task FailsToConnect(HttpClient client) => Xunit.Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(new Uri([|"http://graph.partner-mail.com"|])));

                    // a delegate run by Task.Run throws into the expecting one; a factory named Create wraps and sends nothing
                    Task RefusedOnAnotherThread() => Xunit.Assert.ThrowsAsync<ArgumentException>(() => Task.Run(() => HttpsOnly.Ensure(new Uri("http://graph.partner-mail.com"))));
                    void RefusedThroughAFactory() => Xunit.Assert.Throws<Exception>(() => new PartnerClient(Wrap.Create(new PartnerOptions { BaseUrl = "http://api.partner-mail.com" })));
                    void SentThroughAFactory(HttpClient client) => Xunit.Assert.Throws<Exception>(() => client.Send(Wrap.Fetch(new PartnerOptions { BaseUrl = [|"http://api.partner-mail.com"|] })));
                }

                public static class HttpsOnly { public static void Ensure(Uri address) { } }
                public static class Wrap { public static PartnerOptions Create(PartnerOptions options) => options; public static HttpRequestMessage Fetch(PartnerOptions options) => new(); }
            }
            """);

    [Fact]
    public Task Leaves_the_expected_value_of_an_assertion_alone_when_the_call_does_not_resolve() =>
        VerifyInTestFile("""
            namespace Xunit
            {
                public static class Assert
                {
                    public static void Equal(string expected, string actual) { }
                    public static void Equal(Uri expected, Uri actual) { }
                }
            }

            namespace Contoso.Connectors.Tests
            {
                public sealed class ConnectionTests
                {
                    void Unresolved() => Xunit.Assert.Equal("http://developer.partner-payments.com/v3", {|CS0103:exception|}.DocumentationUrl);
                }
            }
            """);

    // qBittorrent's RSS rule test: the expected object is built right inside the assertion's argument, its URL in an
    // array of an initializer; the same object handed to a call that is no assertion still reports.
    [Fact]
    public Task Leaves_a_url_built_into_the_object_an_assertion_expects_alone() =>
        VerifyInTestFile("""
            namespace FluentAssertions
            {
                public sealed class ObjectAssertions { public void BeEquivalentTo<TExpectation>(TExpectation expectation, string because = "", params object[] becauseArgs) { } }
                public static class AssertionExtensions { public static ObjectAssertions Should(this object actual) => new(); }
            }

            namespace Contoso.Connectors.Tests
            {
                using FluentAssertions;

                public sealed class RssRule { public Uri[] AffectedFeeds { get; set; } = []; public string Filter { get; set; } = ""; }

                public sealed class RssRuleTests
                {
                    void Deserialized(RssRule rule) =>
                        rule.Should().BeEquivalentTo(new RssRule { Filter = "x", AffectedFeeds = new[] { new Uri("http://showfeeds.partner-rss.com/user/1.rss") } });

                    void Subscribed(RssClient client) =>
                        client.Subscribe(new RssRule { AffectedFeeds = new[] { new Uri([|"http://showfeeds.partner-rss.com/user/2.rss"|]) } });
                }

                public sealed class RssClient { public void Subscribe(RssRule rule) { } }
            }
            """);

    // Nothing binds when the asserted value's type is missing (the record class of another file, half-typed code): the
    // call's shape says it is an assertion. A call of the same shape that is not an assertion still reports.
    [Fact]
    public Task Leaves_the_expected_value_alone_when_nothing_of_the_assertion_binds() =>
        VerifyInTestFile("""
            namespace Contoso.Connectors.Tests
            {
                public sealed class FeedTests
                {
                    void Fluent() => {|CS0103:release|}.DownloadUrl.Should().Be("http://nzb.partner-feeds.com/getnzb/24967ef4.nzb");
                    void FluentNot() => {|CS0103:release|}.InfoUrl.Should().NotBe("http://nzb.partner-feeds.com/details/1");
                    void Shouldly() => {|CS0103:release|}.CommentUrl.ShouldBe("http://nzb.partner-feeds.com/details/1#comments");
                    void Classic() => {|CS0103:ClassicAssert|}.AreEqual("http://nzb.partner-feeds.com/details/2", {|CS0103:release|}.InfoUrl);
                    void Fetch() => {|CS0103:feed|}.Download([|"http://nzb.partner-feeds.com/getnzb/24967ef4.nzb"|]);
                    void FetchShould() => {|CS0103:feed|}.Should.Download([|"http://nzb.partner-feeds.com/getnzb/3.nzb"|]);
                }
            }
            """);

    // Lidarr's PneumaticProviderFixture: the application's own HTTP interface is mocked (Mocker.GetMock<IHttpClient>()),
    // so the class's URLs are what the mock should see. A mocked factory (it hands out real clients) or a mocked logger
    // leaves them reported, and so does the same class outside test code.
    private const string MockedHttpLayer = """
        namespace Contoso.Connectors.Tests
        {
            public interface IHttpClient { void DownloadFile(string url, string path); }
            public interface IRestClient { }
            public interface IPartnerApiClient { }
            public interface IHttpClientFactory { }
            public interface ITwitterExecute { }
            public interface IPaymentClient { }
            public interface IAuditLogger { }
            public sealed class AutoMocker { public Moq.Mock<T> GetMock<T>() where T : class => new(); }

            public sealed class PneumaticProviderFixture
            {
                private const string NzbUrl = MARK"http://www.nzb-partner.com/url"END;
                private readonly AutoMocker Mocker = new();
                void Downloads() => Mocker.GetMock<IHttpClient>().Object.DownloadFile(NzbUrl, "/tmp/a.nzb");
            }

            public sealed class RestClientTests
            {
                private readonly Moq.Mock<IRestClient> rest = new();
                const string Base = MARK"http://api.partner-payments.com/v1"END;
            }

            public sealed class ApiClientTests
            {
                private readonly IPartnerApiClient api = {|CS0103:Substitute|}.For<IPartnerApiClient>();
                const string Callback = MARK"http://hooks.partner-payments.com/v1"END;
            }

            public sealed class ProfileTests
            {
                private Moq.Mock<ITwitterExecute>? execMock;
                void Updates() { execMock = new Moq.Mock<ITwitterExecute>(); const string Url = MARK"http://www.partner-profile.com"END; }
            }

            public sealed class PaymentClientTests
            {
                private readonly Moq.Mock<IPaymentClient> payments = new();
                const string Base = [|"http://api.partner-payments.com/v4"|];
            }

            public sealed class FactoryTests
            {
                private readonly Moq.Mock<IHttpClientFactory> factory = new();
                const string Base = [|"http://api.partner-payments.com/v2"|];
            }

            public sealed class LoggerTests
            {
                private readonly Moq.Mock<IAuditLogger> logger = new();
                const string Base = [|"http://api.partner-payments.com/v3"|];
            }
        }
        """;

    [Fact]
    public Task Leaves_urls_alone_in_a_class_that_mocks_the_applications_http_layer() =>
        VerifyInTestFile(MockedHttpLayer.Replace("MARK", "").Replace("END", ""));

    [Fact]
    public Task Reports_the_same_class_outside_test_code() =>
        VerifyInProductionFile(Fakes + "\n" + MockedHttpLayer.Replace("MARK", "[|").Replace("END", "|]"));

    // Options validators' tests: an object built for a validator is the input whose refusal the test checks. A call on
    // the way, an object handed to anything else, and the same code in production report.
    private const string ValidatorInputCases = """
        namespace Contoso.Connectors.Tests
        {
            public sealed class PartnerOptions { public Uri? BaseAddress { get; set; } }
            public sealed class PartnerOptionsValidator { public bool Validate(string? name, PartnerOptions options) => true; }
            public static class Check { public static bool IsValid(PartnerOptions options) => true; public static void Use(PartnerOptions options) { } }

            public sealed class PartnerOptionsTests
            {
                private static readonly HttpClient Client = new();

                bool Inline() => new PartnerOptionsValidator().Validate(null, new PartnerOptions { BaseAddress = new Uri(MARK"http://api.partner-ledger.com/v3/"END) });

                bool ThroughALocal()
                {
                    var options = new PartnerOptions { BaseAddress = new Uri(MARK"http://sandbox.partner-ledger.com/v3/"END) };
                    return Check.IsValid(options);
                }

                void HandedElsewhere()
                {
                    var options = new PartnerOptions { BaseAddress = new Uri([|"http://api.partner-ledger.com/v4/"|]) };
                    Check.Use(options);
                }

                async Task<bool> Fetched() => new PartnerOptionsValidator().Validate(await Client.GetStringAsync([|"http://api.partner-ledger.com/name"|]), new PartnerOptions());
            }
        }
        """;

    [Fact]
    public Task Leaves_urls_alone_in_objects_a_test_hands_to_a_validator() =>
        VerifyInTestFile(ValidatorInputCases.Replace("MARK", "").Replace("END", ""));

    [Fact]
    public Task Reports_the_validator_inputs_outside_test_code() =>
        VerifyInProductionFile(ValidatorInputCases.Replace("MARK", "[|").Replace("END", "|]"));

    // Setter tests: a URL assigned to a member that the same test asserts back is the setter's data. A test that awaits
    // may send; one that asserts another member, and the same code in production, report.
    private const string RoundTrips = """
        namespace Contoso.Connectors.Tests
        {
            public static class Assert { public static void Equal(string expected, string actual) { } public static void True(bool condition) { } }

            public sealed class PartnerSettings { public string Host { get; set; } = ""; public string BaseUrl { get; set; } = ""; public string Name { get; set; } = ""; }

            public sealed class SettingsTests
            {
                private static readonly HttpClient Client = new();

                private static void Apply(PartnerSettings settings) { }

                void Host_round_trips()
                {
                    var settings = new PartnerSettings();
                    settings.Host = MARK"http://solver.partner-nas.net:8191/"END;
                    Assert.Equal("http://solver.partner-nas.net:8191/", settings.Host);
                }

                void Base_url_is_trimmed()
                {
                    var settings = new PartnerSettings { BaseUrl = MARK"http://tracker.partner-owl.cc/"END };
                    Assert.Equal("http://tracker.partner-owl.cc", settings.BaseUrl);
                }

                async Task Sends_then_asserts()
                {
                    var settings = new PartnerSettings { BaseUrl = [|"http://api.partner-owl.cc/"|] };
                    await Client.GetStringAsync(settings.BaseUrl);
                    Assert.Equal("http://api.partner-owl.cc/", settings.BaseUrl);
                }

                void Client_address_is_asserted()
                {
                    using var client = new HttpClient { BaseAddress = new Uri([|"http://sandbox.partner-owl.cc/api/"|]) };
                    Assert.Equal("sandbox.partner-owl.cc", client.BaseAddress!.Host);
                }

                void Asserts_another_member()
                {
                    var settings = new PartnerSettings { BaseUrl = [|"http://api.partner-owl.cc/v2"|] };
                    Apply(settings);
                    Assert.Equal("owl", settings.Name);
                }
            }
        }
        """;

    [Fact]
    public Task Leaves_urls_alone_that_a_setter_test_asserts_back() =>
        VerifyInTestFile(RoundTrips.Replace("MARK", "").Replace("END", ""));

    [Fact]
    public Task Reports_the_setter_test_outside_test_code() =>
        VerifyInProductionFile(RoundTrips.Replace("MARK", "[|").Replace("END", "|]"));

    // AspNetWebHooks' payload tests: the object a test names as its expected value is compared with what the code under
    // test parsed. A call on the way may send; an object named otherwise, and the same object in production code, report.
    private const string ExpectedObjects = """
        namespace Contoso.Connectors.Tests
        {
            public sealed class Package { public Uri? ProjectUrl { get; set; } public Package? Dependency { get; set; } public List<Package> Dependencies { get; } = new(); }

            public sealed class PayloadTests
            {
                private static readonly HttpClient Client = new();

                void Roundtrips()
                {
                    var expected = new Package
                    {
                        ProjectUrl = new Uri(MARK"http://github.com/partner/tracker"END),
                        Dependency = new Package { ProjectUrl = new Uri(MARK"http://github.com/partner/core"END) },
                    };
                    Package expectedPackage;
                    expectedPackage = new Package { ProjectUrl = new Uri(MARK"http://github.com/partner/other"END) };
                    var actual = new Package { ProjectUrl = new Uri([|"http://github.com/partner/actual"|]) };
                    var dependency = new Package { ProjectUrl = new Uri(MARK"http://github.com/partner/dependency"END) };
                    expected.Dependencies.Add(dependency);
                    expected.Dependencies.Add(new Package { ProjectUrl = new Uri(MARK"http://github.com/partner/inline"END) });
                    var nested = new Package { ProjectUrl = new Uri(MARK"http://github.com/partner/nested"END) };
                    expected.Dependency = nested;
                    expected.ProjectUrl = new Uri(MARK"http://github.com/partner/assigned"END);
                    var unrelated = new Package { ProjectUrl = new Uri([|"http://github.com/partner/unrelated"|]) };
                    actual.Dependencies.Add(unrelated);
                }

                async Task Fetches()
                {
                    var expected = await Client.GetStringAsync([|"http://api.partner-payments.com/v1/package"|]);
                }

                // The test's own assertion helpers: what goes to a parameter named expected is compared with.
                private static void Eq(object? expected, object? actual) { }

                private static void ParsesLinks(string path, IEnumerable<Package> expectedLinks) { }

                private static void Fetch(string url, object? actual) { }

                void Helpers(Package parsed)
                {
                    Eq(MARK"http://github.com/partner/feed"END, parsed.ProjectUrl?.ToString());
                    Eq(actual: parsed.ProjectUrl?.ToString(), expected: MARK"http://github.com/partner/named"END);
                    ParsesLinks("feeds.html", new List<Package> { new Package { ProjectUrl = new Uri(MARK"http://github.com/partner/listed"END) } });
                    Fetch([|"http://github.com/partner/fetched"|], parsed);
                    Eq(MARK"http://github.com/partner/unbound"END, {|CS0103:feed|}.Link);
                }
            }
        }
        """;

    [Fact]
    public Task Leaves_urls_alone_in_the_object_a_test_expects() =>
        VerifyInTestFile(ExpectedObjects.Replace("MARK", "").Replace("END", ""));

    [Fact]
    public Task Reports_the_expected_object_outside_test_code() =>
        VerifyInProductionFile(ExpectedObjects.Replace("MARK", "[|").Replace("END", "|]"));

    // Tests that build a URL and only print or assert what the code under test made of it (Qiniu's download URLs, an
    // indexer's request builder): nothing is sent. A local used once to send, an awaited call on the way, a client's
    // constructor, a call whose name says nothing of building, and the same code in production report.
    private const string ShownOnly = """
        namespace Contoso.Connectors.Tests
        {
            public static class Assert { public static void Equal(string expected, string actual) { } public static void True(bool condition) { } }
            public interface IOutput { void WriteLine(string text); }
            public sealed class UrlSigner { public static string CreatePrivateUrl(string domain, string key, int seconds) => domain + key; public static string Fetch(string url) => url; }
            public sealed class HttpRequest { public Uri Url { get; } = new("https://example.org"); }
            public sealed class PartnerRequestBuilder
            {
                public PartnerRequestBuilder(string baseUrl) { }
                public PartnerRequestBuilder Resource(string path) => this;
                public PartnerRequestBuilder AddQueryParam(string name, string value) => this;
                public HttpRequest Build() => new();
            }

            public sealed class DownloadTests
            {
                private static readonly HttpClient Client = new();
                private readonly IOutput output = null!;

                void Private_url_is_printed()
                {
                    string domain = MARK"http://if-pri.partner-cdn.com"END;
                    string privateUrl = UrlSigner.CreatePrivateUrl(domain, "hello/world.png", 3600);
                    Console.WriteLine(privateUrl);
                }

                void Capabilities_request_is_built()
                {
                    var request = new PartnerRequestBuilder(MARK"http://api.partner-nzb.net"END).Resource("/api").AddQueryParam("t", "caps").Build();
                    output.WriteLine(request.Url.ToString());
                    Assert.Equal("caps", request.Url.Query);
                }

                void Concatenated_and_asserted()
                {
                    var link = MARK"http://cdn.partner-cdn.com/"END + Guid.NewGuid();
                    Assert.Equal("cdn", link);
                }

                void Normalized_and_asserted()
                {
                    var actual = UrlNormalizer.Normalize(MARK"HTTP://Blog.Partner-cdn.com:80/feed.xml"END);
                    Assert.Equal("https://blog.partner-cdn.com/feed.xml", actual);
                }

                void Normalized_and_compared_by_the_tests_own_helper()
                {
                    var actual = UrlNormalizer.Normalize(MARK"HTTP://News.Partner-cdn.com:80/rss"END);
                    Same(MARK"http://news.partner-cdn.com/rss"END, actual);
                }

                void Normalized_and_fetched()
                {
                    var url = UrlNormalizer.Normalize([|"HTTP://News.Partner-cdn.com:80/rss?page=2"|]);
                    Fetch(url);
                }

                private static void Same(string expected, string actual) { }

                private static void Fetch(string url) { }

                void Uri_is_asserted()
                {
                    var uri = new Uri(MARK"http://api.partner-nzb.net/rss"END);
                    Assert.Equal("api.partner-nzb.net", uri.Host);
                }

                void Printed_then_sent()
                {
                    var url = UrlSigner.CreatePrivateUrl([|"http://dl.partner-cdn.com"|], "a.png", 60);
                    Console.WriteLine(url);
                    UrlSigner.Fetch(url);
                }

                async Task Fetched_then_printed() => Console.WriteLine(await Client.GetStringAsync([|"http://api.partner-cdn.com/status"|]));

                void Fetched_through_a_call_named_otherwise() => Console.WriteLine(UrlSigner.Fetch([|"http://api.partner-cdn.com/feed"|]));

                void Client_is_printed()
                {
                    var client = new HttpClient { BaseAddress = new Uri([|"http://api.partner-cdn.com/"|]) };
                    Console.WriteLine(client.BaseAddress);
                }

                // The page a mocked response model hands the link extractor under test.
                void Markup_is_a_mocks_answer(ResponseSetup setup, List<string> visited)
                {
                    var url = MARK"http://www.partner-cdn.com"END;
                    var markup = string.Format("this is html document <a href='{0}'>a valid link</a>", url);
                    setup.Returns(markup);
                    Assert.True(visited.Contains(url));
                }

                void Fetched_inside_an_assertion(List<string> visited)
                {
                    var url = [|"http://www.partner-cdn.com/feed"|];
                    Assert.True(UrlSigner.Fetch(url) == "");
                    Assert.True(!visited.Contains(url));
                }

                // A conversion under test (Statiq's TypeHelper.TryConvert): what it made leaves through the out argument.
                void Converted_and_asserted()
                {
                    const string value = MARK"http://www.partner-cdn.com/"END;
                    Uri uri;
                    bool converted = UrlNormalizer.TryConvert(value, out uri);
                    Assert.True(converted);
                    Assert.Equal(value, uri.ToString());
                }

                void Created_then_fetched()
                {
                    Assert.True(Uri.TryCreate([|"http://api.partner-cdn.com/status"|], UriKind.Absolute, out var uri));
                    UrlSigner.Fetch(uri.ToString());
                }

                void Answered_then_fetched(ResponseSetup setup)
                {
                    var url = [|"http://www.partner-cdn.com/feed"|];
                    setup.Returns(url);
                    UrlSigner.Fetch(url);
                }
            }

            public sealed class ResponseSetup { public void Returns(string value) { } }

            public static class UrlNormalizer
            {
                public static string Normalize(string url) => url;
                public static bool TryConvert(string value, out Uri result) => Uri.TryCreate(value, UriKind.Absolute, out result!);
            }
        }
        """;

    [Fact]
    public Task Leaves_urls_alone_that_a_test_only_builds_and_prints_or_asserts() =>
        VerifyInTestFile(ShownOnly.Replace("MARK", "").Replace("END", ""));

    [Fact]
    public Task Reports_the_built_and_printed_urls_outside_test_code() =>
        VerifyInProductionFile(ShownOnly.Replace("MARK", "[|").Replace("END", "|]"));

    [Theory]
    [InlineData("class T : HttpTestFixtureBase { async Task M() { await \"http://www.api-partner.com\".Get")]
    [InlineData("class T : Missing<HttpMessageHandler> { Mock<HttpMessageHandler> h; string u = \"http://api.partner-payments.com/")]
    [InlineData("class T { void M() { using var t = new HttpTest(; var u = \"http://api.partner-payments.com/\"; } }")]
    [InlineData("class T : IClassFixture<> { string u = \"http://api.partner-payments.com/\"; }")]
    [InlineData("class T { const string J = \"{ \\\"url\\\": \\\"http://api.partner-payments.com/")]
    [InlineData("class T { void M() => Assert.Equal(\"http://api.partner-payments.com/\", ")]
    [InlineData("class T { void M() { var u = \"http://api.partner-payments.com/\"; var r = new RequestBuilder(u).Build(; Console.WriteLine(r.")]
    public async Task Never_throws_on_incomplete_test_code(string source)
    {
        await IncompleteCode.AnalyzeTestCodeAsync(Snippets.Usings + Fakes + "\nusing Flurl.Http.Testing;\nusing Moq;\nusing Xunit;\n" + source, new PlainHttpUrlAnalyzer());
    }

    private static async Task VerifyInProductionFile(string source)
    {
        var test = new CSharpAnalyzerVerifier<PlainHttpUrlAnalyzer>.Test();
        test.TestState.Sources.Add((ProductionFile, Snippets.Usings + source));
        await test.RunAsync();
    }

    private static async Task VerifyInTestFile(string source)
    {
        var test = new CSharpAnalyzerVerifier<PlainHttpUrlAnalyzer>.Test();
        test.TestState.Sources.Add((TestFile, Snippets.Usings + Fakes + "\n" + source));
        await test.RunAsync();
    }
}
