using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tallyroll.PayrollApi;
using Xunit;

namespace Tallyroll.IntegrationTests;

/// <summary>
/// The payroll API in process: Ketterly and Orrin are answered by the stubs below (registered in ConfigureTestServices),
/// the database is the fixture's Postgres container.
/// </summary>
public sealed class PayrollApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly PayrollDbContainer _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Orrin:BaseAddress", "http://api.orrinhr.io/v2/");  // expect: none
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:payroll-db"] = _db.ConnectionString,
            ["Ketterly:SandboxBaseAddress"] = "http://sandbox.ketterly-payroll.com/v3/",  // expect: none
            ["Orrin:ClientSecret"] = "orrin-client-secret-for-tests",  // expect: none
            ["FeatureFlags:LaunchDarkly:SdkKey"] = "sdk-{{synthetic:8:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:12:hex}}",  // expect: secret
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<KetterlyClient>().ConfigurePrimaryHttpMessageHandler(() => new KetterlyStub());
            services.AddHttpClient("orrin").ConfigurePrimaryHttpMessageHandler(() => new OrrinStub());
        });
    }
}

/// <summary>Answers Ketterly's API from canned JSON, inside the test process.</summary>
internal sealed class KetterlyStub : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted)
        {
            Content = new StringContent("""{"id":"pr_1","status":"queued"}""", Encoding.UTF8, "application/json"),
        });
}

/// <summary>Answers Orrin HR's directory API with an empty page, inside the test process.</summary>
internal sealed class OrrinStub : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"items":[],"next":null}""", Encoding.UTF8, "application/json"),
        });
}
