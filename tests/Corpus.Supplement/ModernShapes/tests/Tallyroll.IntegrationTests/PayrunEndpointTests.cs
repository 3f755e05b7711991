using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Tallyroll.PayrollApi;
using Xunit;

namespace Tallyroll.IntegrationTests;

public sealed class PayrunEndpointTests(PayrollApiFactory factory) : IClassFixture<PayrollApiFactory>
{
    [Fact]
    public async Task Monthly_payrun_is_accepted()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://payroll.tallyroll.io/") });  // expect: none

        using var response = await client.PostAsync("payruns/monthly-de", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>
/// The payroll API on real Kestrel, bound to the loopback interface with the ASP.NET Core development certificate, for
/// the HTTP/2 tests that the in-memory test server cannot run.
/// </summary>
public sealed class KestrelPayrollTests
{
    [Fact]
    public async Task Http2_is_negotiated_with_the_kestrel_host()
    {
        await using var host = await KestrelPayrollHost.StartAsync();
        using var handler = new HttpClientHandler
        {
            // The development certificate is not trusted on the CI agents; this client only ever talks to 127.0.0.1.
            ServerCertificateCustomValidationCallback = (request, _, _, _) => request.RequestUri is { IsLoopback: true },  // expect: none
        };
        using var client = new HttpClient(handler) { BaseAddress = host.Address, DefaultRequestVersion = HttpVersion.Version20 };

        using var response = await client.GetAsync("alive");

        Assert.Equal(HttpVersion.Version20, response.Version);
    }
}

internal sealed class KestrelPayrollHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelPayrollHost(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public static async Task<KestrelPayrollHost> StartAsync()
    {
        var app = Program.BuildApp(["--urls", "https://127.0.0.1:0"]);
        await app.StartAsync();
        return new KestrelPayrollHost(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
