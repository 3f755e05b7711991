// Minimal stand-ins for the test libraries that connector tests use (xUnit, FluentAssertions, Flurl and its
// HttpTest, RichardSzalay.MockHttp, Moq, Microsoft.AspNetCore.Mvc.Testing), under their real namespaces and type
// names so that the tests in Tests/ read like real ones, and the connector clients those tests exercise. Only the
// members the tests call exist; nothing here is ever run. AddHttpClient and ConfigurePrimaryHttpMessageHandler are
// the real ones (Microsoft.Extensions.Http comes with src/SecureConnectors). No labels: every line here is a negative.
//
// Support/TestStandIns.cs has its own [Fact] and Assert in Corpus.Supplement.Support (used by Webhooks/); the
// files in Tests/ import Xunit instead, so the two never meet in one file.

using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Json;
using Flurl.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Moq.Language;
using Moq.Language.Flow;

#region xUnit

namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method)]
    public class FactAttribute : Attribute
    {
        public string? Skip { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TheoryAttribute : FactAttribute;

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class InlineDataAttribute(params object?[] data) : Attribute
    {
        public object?[] Data { get; } = data;
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TraitAttribute(string name, string value) : Attribute
    {
        public string Name { get; } = name;

        public string Value { get; } = value;
    }

    public interface IClassFixture<TFixture>
        where TFixture : class;

    public static class Assert
    {
        public static void Equal<T>(T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                throw new InvalidOperationException("Assert.Equal failed");
            }
        }

        public static void True(bool condition)
        {
            if (!condition)
            {
                throw new InvalidOperationException("Assert.True failed");
            }
        }

        public static void False(bool condition) => True(!condition);

        public static void Contains<T>(T expected, IEnumerable<T> collection) => True(collection.Contains(expected));

        public static async Task<T> ThrowsAsync<T>(Func<Task> testCode)
            where T : Exception
        {
            try
            {
                await testCode();
            }
            catch (T expected)
            {
                return expected;
            }

            throw new InvalidOperationException("Assert.ThrowsAsync failed");
        }
    }
}

#endregion

#region FluentAssertions

namespace FluentAssertions
{
    using FluentAssertions.Primitives;

    public static class AssertionExtensions
    {
        public static StringAssertions Should(this string? actualValue) => new(actualValue);

        public static ObjectAssertions Should(this object? actualValue) => new(actualValue);
    }

    public sealed class AndConstraint<T>(T parent)
    {
        public T And { get; } = parent;
    }
}

namespace FluentAssertions.Primitives
{
    public sealed class StringAssertions(string? subject)
    {
        public string? Subject { get; } = subject;

        public AndConstraint<StringAssertions> Be(string? expected, string because = "", params object[] becauseArgs)
            => Subject == expected ? new(this) : throw new InvalidOperationException("Expected strings to be equal");

        public AndConstraint<StringAssertions> StartWith(string expected, string because = "", params object[] becauseArgs)
            => Subject?.StartsWith(expected, StringComparison.Ordinal) == true ? new(this) : throw new InvalidOperationException("Expected a prefix");
    }

    public sealed class ObjectAssertions(object? subject)
    {
        public object? Subject { get; } = subject;

        public AndConstraint<ObjectAssertions> Be(object? expected, string because = "", params object[] becauseArgs)
            => Equals(Subject, expected) ? new(this) : throw new InvalidOperationException("Expected objects to be equal");

        public AndConstraint<ObjectAssertions> NotBeNull(string because = "", params object[] becauseArgs)
            => Subject is not null ? new(this) : throw new InvalidOperationException("Expected a value");
    }
}

#endregion

#region Flurl

namespace Flurl.Http
{
    public interface IFlurlClient : IDisposable
    {
        string? BaseUrl { get; }

        IFlurlRequest Request(params object[] urlSegments);
    }

    public class FlurlClient : IFlurlClient
    {
        public FlurlClient(string? baseUrl = null) => BaseUrl = baseUrl;

        public FlurlClient(HttpClient httpClient) => BaseUrl = httpClient.BaseAddress?.ToString();

        public string? BaseUrl { get; }

        public IFlurlRequest Request(params object[] urlSegments) => throw new NotSupportedException("stand-in");

        public void Dispose() => GC.SuppressFinalize(this);
    }

    public interface IFlurlRequest
    {
        IFlurlRequest WithHeader(string name, object? value);

        IFlurlRequest SetQueryParam(string name, object? value);

        Task<T> GetJsonAsync<T>(CancellationToken cancellationToken = default);

        Task<IFlurlResponse> PostJsonAsync(object body, CancellationToken cancellationToken = default);
    }

    public interface IFlurlResponse
    {
        int StatusCode { get; }

        Task<T> GetJsonAsync<T>();
    }

    public class FlurlHttpException(string message) : Exception(message)
    {
        public int? StatusCode { get; init; }
    }
}

namespace Flurl.Http.Testing
{
    public class HttpTestSetup
    {
        public HttpTestSetup RespondWith(string body, int status = 200, object? headers = null, object? cookies = null, bool replaceUnderlyingContent = true) => this;

        public HttpTestSetup RespondWithJson(object body, int status = 200, object? headers = null, object? cookies = null, bool replaceUnderlyingContent = true) => this;

        public HttpTestSetup SimulateTimeout() => this;
    }

    public sealed class FilteredHttpTestSetup : HttpTestSetup
    {
        public FilteredHttpTestSetup WithVerb(params HttpMethod[] verbs) => this;
    }

    public class HttpTest : HttpTestSetup, IDisposable
    {
        public FilteredHttpTestSetup ForCallsTo(params string[] urlPatterns) => new();

        public HttpCallAssertion ShouldHaveCalled(string urlPattern) => new();

        public void ShouldNotHaveCalled(string urlPattern)
        {
        }

        public void Dispose() => GC.SuppressFinalize(this);
    }

    public sealed class HttpCallAssertion
    {
        public HttpCallAssertion WithVerb(HttpMethod verb) => this;

        public HttpCallAssertion WithRequestJson(object body) => this;

        public HttpCallAssertion WithQueryParam(string name, object? value = null) => this;

        public void Times(int expectedCount)
        {
        }
    }
}

#endregion

#region RichardSzalay.MockHttp

namespace RichardSzalay.MockHttp
{
    public enum BackendDefinitionBehavior
    {
        NoExpectations,
        Always,
    }

    public class MockHttpMessageHandler(BackendDefinitionBehavior backendDefinitionBehavior = BackendDefinitionBehavior.NoExpectations) : HttpMessageHandler
    {
        public BackendDefinitionBehavior BackendDefinitionBehavior { get; } = backendDefinitionBehavior;

        public MockedRequest When(string url) => new();

        public MockedRequest When(HttpMethod method, string url) => new();

        public MockedRequest Expect(string url) => new();

        public MockedRequest Expect(HttpMethod method, string url) => new();

        public void VerifyNoOutstandingExpectation()
        {
        }

        public HttpClient ToHttpClient() => new(this);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new NotSupportedException("stand-in");
    }

    public class MockedRequest;

    // The library's own spelling.
    public static class MockedRequestExtentions
    {
        public static MockedRequest WithQueryString(this MockedRequest source, string name, string value) => source;

        public static MockedRequest WithHeaders(this MockedRequest source, string name, string value) => source;

        public static MockedRequest Respond(this MockedRequest source, string mediaType, string content) => source;

        public static MockedRequest Respond(this MockedRequest source, HttpStatusCode statusCode) => source;

        public static MockedRequest Respond(this MockedRequest source, HttpStatusCode statusCode, string mediaType, string content) => source;
    }
}

#endregion

#region Moq

namespace Moq
{
    public enum MockBehavior
    {
        Strict,
        Loose,
        Default = Loose,
    }

    public class Mock<T>(MockBehavior behavior)
        where T : class
    {
        public Mock()
            : this(MockBehavior.Default)
        {
        }

        public MockBehavior Behavior { get; } = behavior;

        public T Object => throw new NotSupportedException("stand-in");
    }

    public readonly struct Times
    {
        public static Times Once() => default;

        public static Times Never() => default;

        public static Times Exactly(int callCount) => default;
    }

    public static class ReturnsExtensions
    {
        public static IReturnsResult<TMock> ReturnsAsync<TMock, TResult>(this IReturns<TMock, Task<TResult>> mock, TResult value)
            where TMock : class
            => mock.Returns(Task.FromResult(value));
    }
}

namespace Moq.Language
{
    public interface IReturns<TMock, TResult>
        where TMock : class
    {
        IReturnsResult<TMock> Returns(TResult value);
    }
}

namespace Moq.Language.Flow
{
    public interface IReturnsResult<TMock>
        where TMock : class;

    public interface ISetup<TMock, TResult> : IReturns<TMock, TResult>
        where TMock : class;
}

namespace Moq.Protected
{
    public interface IProtectedMock<TMock>
        where TMock : class
    {
        ISetup<TMock, TResult> Setup<TResult>(string methodOrPropertyName, params object[] args);

        void Verify(string methodName, Times times, params object[] args);
    }

    public static class ProtectedExtension
    {
        public static IProtectedMock<T> Protected<T>(this Mock<T> mock)
            where T : class
            => throw new NotSupportedException("stand-in");
    }

    public static class ItExpr
    {
        public static Expression IsAny<TValue>() => Expression.Default(typeof(TValue));

        public static Expression Is<TValue>(Expression<Func<TValue, bool>> match) => match;
    }
}

#endregion

#region Microsoft.AspNetCore (hosting, test host, Mvc.Testing)

namespace Microsoft.AspNetCore.Hosting
{
    public interface IWebHostBuilder
    {
        IWebHostBuilder UseSetting(string key, string? value);

        IWebHostBuilder ConfigureServices(Action<IServiceCollection> configureServices);
    }
}

namespace Microsoft.AspNetCore.TestHost
{
    public static class WebHostBuilderExtensions
    {
        public static IWebHostBuilder ConfigureTestServices(this IWebHostBuilder webHostBuilder, Action<IServiceCollection> servicesConfiguration)
            => webHostBuilder.ConfigureServices(servicesConfiguration);
    }
}

namespace Microsoft.AspNetCore.Mvc.Testing
{
    public class WebApplicationFactoryClientOptions
    {
        public Uri BaseAddress { get; set; } = new("http://localhost");

        public bool AllowAutoRedirect { get; set; } = true;

        public bool HandleCookies { get; set; } = true;
    }

    public class WebApplicationFactory<TEntryPoint> : IDisposable
        where TEntryPoint : class
    {
        public WebApplicationFactoryClientOptions ClientOptions { get; } = new();

        public HttpClient CreateClient() => CreateClient(ClientOptions);

        public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => throw new NotSupportedException("stand-in");

        public void Dispose() => GC.SuppressFinalize(this);

        protected virtual void ConfigureWebHost(IWebHostBuilder builder)
        {
        }
    }
}

#endregion

#region The connector clients the tests exercise (base addresses come from the caller; no URL here)

namespace Corpus.Supplement.Gateway
{
    /// <summary>The partner gateway's entry point, as <c>WebApplicationFactory&lt;Program&gt;</c> needs it.</summary>
    public partial class Program;
}

namespace Corpus.Supplement.Connectors
{
    public sealed record Refund(string Id, string Status, string ReceiptUrl);

    public sealed record WebhookEndpoint(string Id, string Url);

    public sealed class PartnerPaymentsException(string message, string? documentationUrl) : Exception(message)
    {
        public string? DocumentationUrl { get; } = documentationUrl;
    }

    public sealed class PartnerPaymentsOptions
    {
        public string BaseUrl { get; set; } = "";

        public bool IsValid() => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
    }

    public sealed class PartnerPaymentsClient(IFlurlClient client)
    {
        public Task<Refund> RefundAsync(string chargeId, decimal amount, CancellationToken cancellationToken = default)
            => client.Request("v1", "refunds").PostJsonAsync(new { charge = chargeId, amount }, cancellationToken)
                .ContinueWith(response => response.Result.GetJsonAsync<Refund>(), cancellationToken).Unwrap();

        public Task<WebhookEndpoint> RegisterWebhookAsync(Uri callbackUrl, CancellationToken cancellationToken = default)
            => client.Request("v1", "webhook_endpoints").PostJsonAsync(new { url = callbackUrl.AbsoluteUri }, cancellationToken)
                .ContinueWith(response => response.Result.GetJsonAsync<WebhookEndpoint>(), cancellationToken).Unwrap();
    }

    public sealed record TicketSummary(int Id, string Subject, string Url);

    public sealed record TicketSearchPage(IReadOnlyList<TicketSummary> Results, string? NextPage);

    public sealed class TicketDeskClient(HttpClient http)
    {
        public Task<TicketSummary?> GetTicketAsync(int id, CancellationToken cancellationToken = default)
            => http.GetFromJsonAsync<TicketSummary>($"api/v2/tickets/{id}", cancellationToken);

        public async Task<IReadOnlyList<TicketSummary>> SearchAsync(string query, CancellationToken cancellationToken = default)
        {
            var results = new List<TicketSummary>();
            string? next = $"api/v2/search?query={Uri.EscapeDataString(query)}";
            while (next is not null)
            {
                var page = await http.GetFromJsonAsync<TicketSearchPage>(next, cancellationToken);
                results.AddRange(page?.Results ?? []);
                next = page?.NextPage;
            }

            return results;
        }
    }

    public sealed record EmployeeRecord(string Id, string PhotoUrl);

    public sealed record EmployeePage(IReadOnlyList<EmployeeRecord> Items, string? Next);

    public sealed class HrisDirectoryClient(HttpClient http)
    {
        public async Task<EmployeePage> ListEmployeesAsync(string? cursor, CancellationToken cancellationToken = default)
            => await http.GetFromJsonAsync<EmployeePage>(cursor is null ? "employees?limit=100" : $"employees?cursor={cursor}", cancellationToken)
               ?? new EmployeePage([], null);

        public Task<byte[]> DownloadPhotoAsync(EmployeeRecord employee, CancellationToken cancellationToken = default)
            => http.GetByteArrayAsync(employee.PhotoUrl, cancellationToken);
    }

    public sealed record LedgerLine(string Account, decimal Amount, string Currency);

    public sealed class LedgerExporter(HttpClient ledger, HttpClient identity)
    {
        public async Task<int> ExportAsync(IReadOnlyList<LedgerLine> lines, CancellationToken cancellationToken = default)
        {
            using var token = await identity.PostAsync("oauth/token", new FormUrlEncodedContent([new("grant_type", "client_credentials")]), cancellationToken);
            token.EnsureSuccessStatusCode();
            using var response = await ledger.PostAsJsonAsync("entries", lines, cancellationToken);
            response.EnsureSuccessStatusCode();
            return lines.Count;
        }
    }
}

#endregion
