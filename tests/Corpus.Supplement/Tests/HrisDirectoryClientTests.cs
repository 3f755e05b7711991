using System.Net;
using System.Text;
using Corpus.Supplement.Connectors;
using FluentAssertions;
using Moq;
using Moq.Protected;
using Xunit;

namespace Corpus.Supplement.Tests;

public sealed class HrisDirectoryClientTests
{
    private const string EmployeesPage = "{\"items\":[{\"id\":\"e-17\",\"photo_url\":\"http://cdn.hris-cloudsync.com/photos/e-17.jpg\"}],\"next\":\"http://api.hris-cloudsync.com/v3/employees?cursor=c2\"}";  // expect: none

    private readonly Mock<HttpMessageHandler> _handler = new(MockBehavior.Strict);

    [Fact]
    public async Task First_page_is_requested_without_a_cursor()
    {
        _handler.Protected()
            .Setup<Task<HttpResponseMessage>>(
                "SendAsync",
                ItExpr.Is<HttpRequestMessage>(r => r.RequestUri == new Uri("http://api.hris-cloudsync.com/v3/employees?limit=100")),  // expect: none
                ItExpr.IsAny<CancellationToken>())
            .ReturnsAsync(Json(EmployeesPage));

        var page = await new HrisDirectoryClient(CreateClient()).ListEmployeesAsync(cursor: null);

        page.Next.Should().Be("http://api.hris-cloudsync.com/v3/employees?cursor=c2");  // expect: none
        page.Items.Single().PhotoUrl.Should().Be("http://cdn.hris-cloudsync.com/photos/e-17.jpg");  // expect: none
        _handler.Protected().Verify("SendAsync", Times.Once(), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    private HttpClient CreateClient() => new(_handler.Object) { BaseAddress = new Uri("http://api.hris-cloudsync.com/v3/") };  // expect: none

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}

/// <summary>Answers every request from recorded bodies, keyed by absolute URL, and remembers what it was asked.</summary>
internal sealed class RecordedResponsesHandler(IReadOnlyDictionary<string, string> bodies) : HttpMessageHandler
{
    public List<Uri> Seen { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Seen.Add(request.RequestUri!);
        return Task.FromResult(bodies.TryGetValue(request.RequestUri!.AbsoluteUri, out var body)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}

public sealed class HrisPhotoSyncTests
{
    private readonly RecordedResponsesHandler _recorded = new(new Dictionary<string, string>
    {
        ["http://api.hris-cloudsync.com/v3/employees?limit=100"] = EmployeesPage.Body,  // expect: none
        ["http://cdn.hris-cloudsync.com/photos/e-17.jpg"] = "",  // expect: none
    });

    [Fact]
    public async Task Photo_is_fetched_from_the_cdn_link_of_the_record()
    {
        using var http = new HttpClient(_recorded) { BaseAddress = new Uri("http://api.hris-cloudsync.com/v3/") };  // expect: none
        var client = new HrisDirectoryClient(http);

        var page = await client.ListEmployeesAsync(cursor: null);
        await client.DownloadPhotoAsync(page.Items.Single());

        Assert.Contains(new Uri("http://cdn.hris-cloudsync.com/photos/e-17.jpg"), _recorded.Seen);  // expect: none
    }

    private static class EmployeesPage
    {
        public const string Body = """{"items":[{"id":"e-17","photo_url":"http://cdn.hris-cloudsync.com/photos/e-17.jpg"}],"next":null}""";  // expect: none
    }
}

/// <summary>
/// Records the requests a sandbox run makes, for the failure report, and passes them on to the network.
/// A handler declared in the tests, but not a fake: its inner handler is the real socket handler.
/// </summary>
internal sealed class RequestCaptureHandler : DelegatingHandler
{
    public RequestCaptureHandler()
        : base(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All })
    {
    }

    public List<string> Log { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Log.Add($"{request.Method} {request.RequestUri}");
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Runs against the HRIS vendor's sandbox tenant before each release.</summary>
[Trait("Category", "Sandbox")]
public sealed class HrisSandboxTests
{
    private readonly RequestCaptureHandler _capture = new();

    [Fact]
    public async Task Sandbox_lists_the_seeded_employees()
    {
        using var http = new HttpClient(_capture, disposeHandler: false) { BaseAddress = new Uri("http://sandbox.hris-cloudsync.com/v3/") };  // expect: http

        var page = await new HrisDirectoryClient(http).ListEmployeesAsync(cursor: null);

        page.Items.Should().NotBeNull();
    }

    [Fact]
    public async Task Sandbox_serves_photos_without_redirect()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync("http://cdn-sandbox.hris-cloudsync.com/photos/e-1.jpg");  // expect: http

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
