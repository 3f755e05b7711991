using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using ToolShapes.Orchardly.Inventory.Client.Api;
using ToolShapes.Orchardly.Inventory.Client.Auth;
using ToolShapes.Orchardly.Inventory.Client.Client;

namespace ToolShapes.Orchardly.Inventory.Sample;

/// <summary>The README's quickstart: print the stock level of one SKU.</summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        using var http = new HttpClient();

        var config = new Configuration { BasePath = "https://api.orchardly.io/v2" };
        config.ApiKey["X-Orchardly-Key"] = Environment.GetEnvironmentVariable("ORCHARDLY_API_KEY") ?? "<your-api-key>";  // expect: none
        config.ApiKeyPrefix["Authorization"] = "Bearer";  // expect: none

        var tokens = new OrchardlyAccessTokenProvider(
            http,
            clientId: "orc_cli_{{synthetic:16:alnum}}",  // expect: none
            clientSecret: "ocs_{{synthetic:40:alnum}}",  // expect: secret
            NullLogger<OrchardlyAccessTokenProvider>.Instance);
        var authentication = new BaseBearerTokenAuthenticationProvider(tokens);
        config.AccessToken = await tokens.GetAuthorizationTokenAsync(new Uri(config.BasePath));

        var stock = await new StockApi(http, config).GetStockLevelAsync(args.FirstOrDefault() ?? "APPLE-GALA-18KG");
        Console.WriteLine($"{stock.Sku}: {stock.OnHand} on hand in {stock.Warehouse} (auth: {authentication.GetType().Name})");
    }
}
