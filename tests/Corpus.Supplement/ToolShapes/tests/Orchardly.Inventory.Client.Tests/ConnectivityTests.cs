using Xunit;

namespace ToolShapes.Orchardly.Inventory.Client.Tests;

/// <summary>What callers see when the API cannot be reached; these leave the process.</summary>
[Trait("Category", "Integration")]
public sealed class ConnectivityTests
{
    [Fact]
    public async Task Sandbox_health_endpoint_over_http_is_gone()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("http://sandbox.orchardly.io/v2/health"));  // expect: http
    }

    [Fact]
    public async Task Closed_local_port_surfaces_HttpRequestException()
    {
        using var http = new HttpClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("http://127.0.0.1:9/v2/health"));  // expect: none
    }
}
