// Minimal stand-ins for TestShapes/, under the libraries' real namespaces and type names, so that its test projects read
// like real ones without any package the corpus project does not reference: MSTest (TestClass, TestMethod, DataRow,
// TestCategory, ClassInitialize, TestContext, Assert), the NUnit pieces that Support/RealShapesStandIns.cs and
// Support/IntegrationShapesStandIns.cs lack (SetUpFixture, OneTimeSetUp, OneTimeTearDown), TUnit's Category and Explicit,
// PactNet 5 (consumer builder, matchers, provider verifier with a broker source), Microsoft.Playwright and its NUnit
// PageTest, Selenium WebDriver (Chrome and remote drivers), Reqnroll (bindings, hooks, Table), WireMock.Net (server,
// request and response builders, proxy-and-record settings), AutoFixture, Bogus, CsCheck, BenchmarkDotNet's attributes,
// the Testcontainers Redis, Kafka and Keycloak modules, Microsoft.Extensions.Diagnostics.Testing's FakeLogger and
// Microsoft.Extensions.Compliance's Redactor. Only the members TestShapes calls exist; nothing here is ever run. No URL,
// key or password literal. No labels: every line here is a negative.
//
// The other Support/*.cs files already declare xUnit (Fact, Theory, InlineData, Trait, IClassFixture, IAsyncLifetime,
// Assert, Record, ITestOutputHelper), NUnit (TestFixture, Test, TestCase, Category, SetUp, Explicit, Assert.That,
// Is.EqualTo), TUnit (Test, Arguments, Assert.That(...).IsEqualTo), Verify, MockHttp, WebApplicationFactory<T>,
// IWebHostBuilder, ConfigureTestServices, AuthenticationHandler<TOptions>, the JWT types, Testcontainers' DockerContainer
// and PostgreSQL module, Confluent.Kafka's configs and StackExchange.Redis's ConfigurationOptions; nothing of theirs is
// repeated here.

using System.Linq.Expressions;
using System.Net;
using Microsoft.Extensions.Logging;

#region MSTest

namespace Microsoft.VisualStudio.TestTools.UnitTesting
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TestClassAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class DataTestMethodAttribute : TestMethodAttribute;

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DataRowAttribute(params object?[] data) : Attribute
    {
        public object?[] Data { get; } = data;
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TestCategoryAttribute(string testCategory) : Attribute
    {
        public string TestCategory { get; } = testCategory;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class ClassInitializeAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestInitializeAttribute : Attribute;

    public abstract class TestContext
    {
        public abstract string? TestName { get; }

        public abstract void WriteLine(string? message);
    }

    public static class Assert
    {
        public static void AreEqual<T>(T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new InvalidOperationException("Assert.AreEqual failed");
            }
        }

        public static void IsTrue(bool condition)
        {
            if (!condition)
            {
                throw new InvalidOperationException("Assert.IsTrue failed");
            }
        }

        public static void IsFalse(bool condition) => IsTrue(!condition);

        public static async Task<T> ThrowsExceptionAsync<T>(Func<Task> action)
            where T : Exception
        {
            try
            {
                await action();
            }
            catch (T expected)
            {
                return expected;
            }

            throw new InvalidOperationException("Assert.ThrowsExceptionAsync failed");
        }
    }
}

#endregion

#region NUnit (SetUpFixture, OneTimeSetUp, OneTimeTearDown)

namespace NUnit.Framework
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class SetUpFixtureAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class OneTimeSetUpAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class OneTimeTearDownAttribute : Attribute;
}

#endregion

#region TUnit (Category, Explicit)

namespace TUnit.Core
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class CategoryAttribute(string category) : Attribute
    {
        public string Category { get; } = category;
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExplicitAttribute : Attribute;
}

#endregion

#region PactNet

namespace PactNet
{
    public enum PactLogLevel
    {
        Trace,
        Debug,
        Information,
        Warn,
        Error,
        None,
    }

    public class PactConfig
    {
        public string PactDir { get; set; } = "";

        public PactLogLevel LogLevel { get; set; } = PactLogLevel.Information;
    }

    public interface IConsumerContext
    {
        Uri MockServerUri { get; }
    }

    public interface IResponseBuilderV4
    {
        IResponseBuilderV4 WithStatus(HttpStatusCode status);

        IResponseBuilderV4 WithHeader(string key, object value);

        IResponseBuilderV4 WithJsonBody(object body);
    }

    public interface IRequestBuilderV4
    {
        IRequestBuilderV4 Given(string providerState);

        IRequestBuilderV4 WithRequest(HttpMethod method, string path);

        IRequestBuilderV4 WithHeader(string key, object value);

        IRequestBuilderV4 WithQuery(string key, object value);

        IRequestBuilderV4 WithJsonBody(object body);

        IResponseBuilderV4 WillRespond();
    }

    public interface IPactBuilderV4
    {
        IRequestBuilderV4 UponReceiving(string description);

        Task VerifyAsync(Func<IConsumerContext, Task> interact);
    }

    public interface IPactV4
    {
        IPactBuilderV4 WithHttpInteractions(int? port = null);
    }

    public static class Pact
    {
        public static IPactV4 V4(string consumer, string provider, PactConfig config) => throw new NotSupportedException("stand-in");
    }
}

namespace PactNet.Matchers
{
    public static class Match
    {
        public static object Type(object example) => example;

        public static object Regex(string example, string regex) => example;

        public static object MinType(object example, int min) => example;
    }
}

namespace PactNet.Verifier
{
    public sealed class PactVerifierConfig
    {
        public PactLogLevel LogLevel { get; set; } = PactLogLevel.Information;
    }

    public interface IPactBrokerPublishOptions
    {
        IPactBrokerPublishOptions ProviderBranch(string branch);
    }

    public interface IPactBrokerOptions
    {
        IPactBrokerOptions TokenAuthentication(string token);

        IPactBrokerOptions BasicAuthentication(string username, string password);

        IPactBrokerOptions PublishResults(string providerVersion, Action<IPactBrokerPublishOptions> configure);

        IPactBrokerOptions EnablePending();
    }

    public interface IPactVerifierSource
    {
        IPactVerifierSource WithProviderStateUrl(Uri providerStateUri);

        void Verify();
    }

    public interface IPactVerifierProvider
    {
        IPactVerifierSource WithPactBrokerSource(Uri brokerBaseUri, Action<IPactBrokerOptions> configure);

        IPactVerifierSource WithFileSource(FileInfo pactFile);
    }

    public sealed class PactVerifier(string providerName, PactVerifierConfig config) : IDisposable
    {
        public string ProviderName { get; } = providerName;

        public PactVerifierConfig Config { get; } = config;

        public IPactVerifierProvider WithHttpEndpoint(Uri pactUri) => throw new NotSupportedException("stand-in");

        public void Dispose() => GC.SuppressFinalize(this);
    }
}

#endregion

#region Microsoft.Playwright

namespace Microsoft.Playwright
{
    public sealed class BrowserTypeLaunchOptions
    {
        public bool? Headless { get; set; }

        public float? SlowMo { get; set; }
    }

    public sealed class HttpCredentials
    {
        public string Username { get; set; } = "";

        public string Password { get; set; } = "";
    }

    public sealed class BrowserNewContextOptions
    {
        public string? BaseURL { get; set; }

        public bool? IgnoreHTTPSErrors { get; set; }

        public string? StorageStatePath { get; set; }

        public HttpCredentials? HttpCredentials { get; set; }

        public string? Locale { get; set; }
    }

    public sealed class BrowserContextStorageStateOptions
    {
        public string? Path { get; set; }
    }

    public interface IResponse
    {
        int Status { get; }

        bool Ok { get; }
    }

    public interface ILocator
    {
        Task ClickAsync();

        Task<string> InnerTextAsync();
    }

    public interface IPage
    {
        string Url { get; }

        Task<IResponse?> GotoAsync(string url);

        Task FillAsync(string selector, string value);

        Task ClickAsync(string selector);

        ILocator GetByText(string text);

        ILocator Locator(string selector);
    }

    public interface IBrowserContext : IAsyncDisposable
    {
        Task<IPage> NewPageAsync();

        Task<string> StorageStateAsync(BrowserContextStorageStateOptions? options = null);
    }

    public interface IBrowser : IAsyncDisposable
    {
        Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null);
    }

    public interface IBrowserType
    {
        Task<IBrowser> LaunchAsync(BrowserTypeLaunchOptions? options = null);
    }

    public interface IPlaywright : IDisposable
    {
        IBrowserType Chromium { get; }
    }

    public static class Playwright
    {
        public static Task<IPlaywright> CreateAsync() => throw new NotSupportedException("stand-in");
    }

    public interface ILocatorAssertions
    {
        Task ToBeVisibleAsync();

        Task ToHaveTextAsync(string expected);
    }

    public interface IPageAssertions
    {
        Task ToHaveURLAsync(string urlOrRegExp);
    }
}

namespace Microsoft.Playwright.NUnit
{
    public class PageTest
    {
        public IPage Page { get; } = null!;

        public virtual BrowserNewContextOptions ContextOptions() => new();

        public ILocatorAssertions Expect(ILocator locator) => throw new NotSupportedException("stand-in");

        public IPageAssertions Expect(IPage page) => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region Selenium WebDriver

namespace OpenQA.Selenium
{
    public sealed class By
    {
        private By(string mechanism, string criteria)
        {
            Mechanism = mechanism;
            Criteria = criteria;
        }

        public string Mechanism { get; }

        public string Criteria { get; }

        public static By Id(string idToFind) => new(nameof(Id), idToFind);

        public static By Name(string nameToFind) => new(nameof(Name), nameToFind);

        public static By CssSelector(string cssSelectorToFind) => new(nameof(CssSelector), cssSelectorToFind);
    }

    public interface IWebElement
    {
        string Text { get; }

        void SendKeys(string text);

        void Click();
    }

    public interface INavigation
    {
        void GoToUrl(string url);

        void GoToUrl(Uri url);
    }

    public interface IWebDriver : IDisposable
    {
        string Url { get; set; }

        INavigation Navigate();

        IWebElement FindElement(By by);

        void Quit();
    }

    public abstract class DriverOptions
    {
        public bool? AcceptInsecureCertificates { get; set; }
    }
}

namespace OpenQA.Selenium.Chrome
{
    public sealed class ChromeOptions : DriverOptions
    {
        public void AddArgument(string argument)
        {
        }
    }

    public sealed class ChromeDriver(ChromeOptions options) : IWebDriver
    {
        public ChromeOptions Options { get; } = options;

        public string Url { get; set; } = "";

        public INavigation Navigate() => throw new NotSupportedException("stand-in");

        public IWebElement FindElement(By by) => throw new NotSupportedException("stand-in");

        public void Quit()
        {
        }

        public void Dispose() => Quit();
    }
}

namespace OpenQA.Selenium.Remote
{
    public sealed class RemoteWebDriver(Uri remoteAddress, DriverOptions options) : IWebDriver
    {
        public Uri RemoteAddress { get; } = remoteAddress;

        public DriverOptions Options { get; } = options;

        public string Url { get; set; } = "";

        public INavigation Navigate() => throw new NotSupportedException("stand-in");

        public IWebElement FindElement(By by) => throw new NotSupportedException("stand-in");

        public void Quit()
        {
        }

        public void Dispose() => Quit();
    }
}

#endregion

#region Reqnroll

namespace Reqnroll
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class BindingAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class GivenAttribute(string? expression = null) : Attribute
    {
        public string? Expression { get; } = expression;
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class WhenAttribute(string? expression = null) : Attribute
    {
        public string? Expression { get; } = expression;
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ThenAttribute(string? expression = null) : Attribute
    {
        public string? Expression { get; } = expression;
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class BeforeScenarioAttribute(params string[] tags) : Attribute
    {
        public string[] Tags { get; } = tags;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class BeforeTestRunAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class AfterTestRunAttribute : Attribute;

    public sealed class ScenarioContext : Dictionary<string, object>
    {
        public T Get<T>(string key) => (T)this[key];
    }

    public sealed class TableRow(IReadOnlyList<string> header, IReadOnlyList<string> values)
    {
        public string this[string column] => values[header.ToList().IndexOf(column)];
    }

    public sealed class Table(params string[] header)
    {
        private readonly List<TableRow> _rows = [];

        public IReadOnlyList<string> Header { get; } = header;

        public IReadOnlyList<TableRow> Rows => _rows;

        public void AddRow(params string[] values) => _rows.Add(new TableRow(Header, values));
    }
}

#endregion

#region WireMock.Net

namespace WireMock.Matchers.Request
{
    public interface IRequestMatcher;
}

namespace WireMock.ResponseProviders
{
    public interface IResponseProvider;
}

namespace WireMock.RequestBuilders
{
    using WireMock.Matchers.Request;

    public interface IRequestBuilder : IRequestMatcher
    {
        IRequestBuilder WithPath(string path);

        IRequestBuilder WithHeader(string name, string pattern);

        IRequestBuilder WithParam(string key, string value);

        IRequestBuilder UsingGet();

        IRequestBuilder UsingPost();
    }

    public sealed class Request : IRequestBuilder
    {
        private Request()
        {
        }

        public static IRequestBuilder Create() => new Request();

        public IRequestBuilder WithPath(string path) => this;

        public IRequestBuilder WithHeader(string name, string pattern) => this;

        public IRequestBuilder WithParam(string key, string value) => this;

        public IRequestBuilder UsingGet() => this;

        public IRequestBuilder UsingPost() => this;
    }
}

namespace WireMock.ResponseBuilders
{
    using WireMock.ResponseProviders;

    public interface IResponseBuilder : IResponseProvider
    {
        IResponseBuilder WithStatusCode(int code);

        IResponseBuilder WithHeader(string name, string value);

        IResponseBuilder WithBody(string body);

        IResponseBuilder WithBodyAsJson(object body);

        IResponseBuilder WithProxy(string proxyUrl);
    }

    public sealed class Response : IResponseBuilder
    {
        private Response()
        {
        }

        public static IResponseBuilder Create() => new Response();

        public IResponseBuilder WithStatusCode(int code) => this;

        public IResponseBuilder WithHeader(string name, string value) => this;

        public IResponseBuilder WithBody(string body) => this;

        public IResponseBuilder WithBodyAsJson(object body) => this;

        public IResponseBuilder WithProxy(string proxyUrl) => this;
    }
}

namespace WireMock.Settings
{
    public sealed class ProxyAndRecordSettings
    {
        public string Url { get; set; } = "";

        public bool SaveMapping { get; set; }

        public bool SaveMappingToFile { get; set; }

        public string[]? ExcludedHeaders { get; set; }
    }

    public sealed class WireMockServerSettings
    {
        public int? Port { get; set; }

        public string[]? Urls { get; set; }

        public bool? StartAdminInterface { get; set; }

        public ProxyAndRecordSettings? ProxyAndRecordSettings { get; set; }
    }
}

namespace WireMock.Server
{
    using WireMock.Matchers.Request;
    using WireMock.ResponseProviders;
    using WireMock.Settings;

    public interface IRespondWithAProvider
    {
        void RespondWith(IResponseProvider provider);
    }

    public sealed class WireMockServer : IDisposable
    {
        private WireMockServer()
        {
        }

        public string? Url { get; private init; }

        public bool IsStarted { get; private set; }

        public static WireMockServer Start(WireMockServerSettings settings) => new() { IsStarted = true };

        public static WireMockServer Start() => new() { IsStarted = true };

        public IRespondWithAProvider Given(IRequestMatcher requestMatcher) => throw new NotSupportedException("stand-in");

        public void Stop() => IsStarted = false;

        public void Dispose() => Stop();
    }
}

#endregion

#region AutoFixture and Bogus

namespace AutoFixture.Kernel
{
    public interface ISpecimenBuilder;
}

namespace AutoFixture.Dsl
{
    using AutoFixture.Kernel;

    public interface IPostprocessComposer<T> : ISpecimenBuilder
    {
        IPostprocessComposer<T> With<TProperty>(Expression<Func<T, TProperty>> propertyPicker, TProperty value);

        IPostprocessComposer<T> Without<TProperty>(Expression<Func<T, TProperty>> propertyPicker);

        T Create();
    }

    public interface ICustomizationComposer<T> : IPostprocessComposer<T>;
}

namespace AutoFixture
{
    using AutoFixture.Dsl;
    using AutoFixture.Kernel;

    public interface IFixture
    {
        IFixture Customize<T>(Func<ICustomizationComposer<T>, ISpecimenBuilder> composerTransformation);

        IFixture Customize(ICustomization customization);

        T Create<T>();
    }

    public interface ICustomization
    {
        void Customize(IFixture fixture);
    }

    public class Fixture : IFixture
    {
        public IFixture Customize<T>(Func<ICustomizationComposer<T>, ISpecimenBuilder> composerTransformation) => this;

        public IFixture Customize(ICustomization customization)
        {
            customization.Customize(this);
            return this;
        }

        public T Create<T>() => throw new NotSupportedException("stand-in");
    }
}

namespace Bogus.DataSets
{
    public sealed class Internet
    {
        public string Email(string? firstName = null, string? lastName = null, string? provider = null) => throw new NotSupportedException("stand-in");

        public string Password(int length = 10, bool memorable = false) => throw new NotSupportedException("stand-in");

        public string UserName() => throw new NotSupportedException("stand-in");
    }

    public sealed class Name
    {
        public string FirstName() => throw new NotSupportedException("stand-in");

        public string LastName() => throw new NotSupportedException("stand-in");
    }

    public sealed class Finance
    {
        public string CreditCardNumber() => throw new NotSupportedException("stand-in");

        public string Iban(bool formatted = false, string? countryCode = null) => throw new NotSupportedException("stand-in");
    }
}

namespace Bogus
{
    using Bogus.DataSets;

    public sealed class Randomizer
    {
        public string AlphaNumeric(int length) => throw new NotSupportedException("stand-in");

        public T ArrayElement<T>(T[] array) => array[0];
    }

    public class Faker
    {
        public Internet Internet { get; } = new();

        public Name Name { get; } = new();

        public Finance Finance { get; } = new();

        public Randomizer Random { get; } = new();
    }

    public class Faker<T>
        where T : class
    {
        public Faker<T> UseSeed(int seed) => this;

        public Faker<T> RuleFor<TProperty>(Expression<Func<T, TProperty>> property, Func<Faker, TProperty> setter) => this;

        public Faker<T> RuleFor<TProperty>(Expression<Func<T, TProperty>> property, TProperty value) => this;

        public T Generate() => throw new NotSupportedException("stand-in");

        public List<T> Generate(int count) => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region CsCheck

namespace CsCheck
{
    public class Gen<T>
    {
        public GenArray<T> Array => new();

        public Gen<TResult> Select<TResult>(Func<T, TResult> selector) => new();

        public void Sample(Action<T> assert, string? seed = null, long iter = 100)
        {
        }
    }

    public sealed class GenArray<T>
    {
        public Gen<T[]> this[int length] => new();
    }

    public sealed class GenChar : Gen<char>
    {
        public Gen<char> this[string chars] => new();
    }

    public static class Gen
    {
        public static GenChar Char { get; } = new();
    }
}

#endregion

#region BenchmarkDotNet

namespace BenchmarkDotNet.Attributes
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class BenchmarkAttribute : Attribute
    {
        public bool Baseline { get; set; }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class ParamsAttribute(params object?[] values) : Attribute
    {
        public object?[] Values { get; } = values;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class GlobalSetupAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class GlobalCleanupAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class MemoryDiagnoserAttribute : Attribute;
}

#endregion

#region Testcontainers (Redis, Kafka, Keycloak)

namespace Testcontainers.Redis
{
    using DotNet.Testcontainers.Containers;

    public sealed class RedisBuilder
    {
        public RedisBuilder WithImage(string image) => this;

        public RedisContainer Build() => new();
    }

    public sealed class RedisContainer : DockerContainer
    {
        public string GetConnectionString() => throw new NotSupportedException("stand-in");
    }
}

namespace Testcontainers.Kafka
{
    using DotNet.Testcontainers.Containers;

    public sealed class KafkaBuilder
    {
        public KafkaBuilder WithImage(string image) => this;

        public KafkaContainer Build() => new();
    }

    public sealed class KafkaContainer : DockerContainer
    {
        public string GetBootstrapAddress() => throw new NotSupportedException("stand-in");
    }
}

namespace Testcontainers.Keycloak
{
    using DotNet.Testcontainers.Containers;

    public sealed class KeycloakBuilder
    {
        public KeycloakBuilder WithImage(string image) => this;

        public KeycloakBuilder WithUsername(string username) => this;

        public KeycloakBuilder WithPassword(string password) => this;

        public KeycloakBuilder WithResourceMapping(string source, string target) => this;

        public KeycloakBuilder WithCommand(params string[] command) => this;

        public KeycloakContainer Build() => new();
    }

    public sealed class KeycloakContainer : DockerContainer
    {
        public string GetBaseAddress() => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region Microsoft.Extensions.Diagnostics.Testing (FakeLogger) and Microsoft.Extensions.Compliance (Redactor)

namespace Microsoft.Extensions.Logging.Testing
{
    public sealed class FakeLogRecord(LogLevel level, string message, Exception? exception)
    {
        public LogLevel Level { get; } = level;

        public string Message { get; } = message;

        public Exception? Exception { get; } = exception;
    }

    public sealed class FakeLogCollector
    {
        private readonly List<FakeLogRecord> _records = [];

        public int Count => _records.Count;

        public FakeLogRecord LatestRecord => _records[^1];

        public IReadOnlyList<FakeLogRecord> GetSnapshot() => [.. _records];

        internal void Add(FakeLogRecord record) => _records.Add(record);
    }

    public class FakeLogger : ILogger
    {
        public FakeLogCollector Collector { get; } = new();

        public FakeLogRecord LatestRecord => Collector.LatestRecord;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
            => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Collector.Add(new FakeLogRecord(logLevel, formatter(state, exception), exception));
    }

    public sealed class FakeLogger<T> : FakeLogger, ILogger<T>;
}

namespace Microsoft.Extensions.Compliance.Redaction
{
    public abstract class Redactor
    {
        public string Redact(string? source)
        {
            if (string.IsNullOrEmpty(source))
            {
                return string.Empty;
            }

            var buffer = new char[GetRedactedLength(source)];
            var written = Redact(source, buffer);
            return new string(buffer, 0, written);
        }

        public abstract int Redact(ReadOnlySpan<char> source, Span<char> destination);

        public abstract int GetRedactedLength(ReadOnlySpan<char> input);
    }
}

#endregion
