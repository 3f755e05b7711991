using Microsoft.Extensions.Logging.Abstractions;
using ToolShapes.Orchardly.Inventory.Client.Api;
using ToolShapes.Orchardly.Inventory.Client.Auth;
using ToolShapes.Orchardly.Inventory.Client.Client;
using Xunit;

namespace ToolShapes.Orchardly.Inventory.Client.Tests;

public sealed class AuthenticationProviderTests
{
    private const string TestClientSecret = "orchardly-tests-client-secret";  // expect: none

    private static OrchardlyAccessTokenProvider CreateProvider() =>
        new(new HttpClient(), "orchardly-tests", TestClientSecret, NullLogger<OrchardlyAccessTokenProvider>.Instance);

    [Fact]
    public async Task Refuses_to_send_a_token_over_plain_http()
    {
        var provider = CreateProvider();

        await Assert.ThrowsAsync<ArgumentException>(() => provider.GetAuthorizationTokenAsync(new Uri("http://api.orchardly.io/v2/stock/APPLE-GALA-18KG")));  // expect: none
    }

    [Fact]
    public async Task Returns_no_token_for_a_host_that_is_not_allowed()
    {
        var token = await CreateProvider().GetAuthorizationTokenAsync(new Uri("https://cdn.orchardly-assets.net/logo.png"));

        Assert.Equal("", token);
    }

    [Fact]
    public async Task Generated_api_refuses_a_plain_http_base_path()
    {
        using var http = new HttpClient();

        await Assert.ThrowsAsync<ArgumentException>(() => new StockApi(http, new Configuration { BasePath = "http://api.orchardly.io/v2" }).GetStockLevelAsync("APPLE-GALA-18KG"));  // expect: none
    }

    [Fact]
    public void Base_path_round_trips()
    {
        var config = new Configuration();

        config.BasePath = "http://sandbox.orchardly.io/v2";  // expect: none

        Assert.Equal("http://sandbox.orchardly.io/v2", config.BasePath);  // expect: none
    }
}
