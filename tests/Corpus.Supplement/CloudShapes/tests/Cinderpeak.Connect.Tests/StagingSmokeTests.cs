using System.Net;
using System.Security.Authentication;
using Xunit;

// The legacy payroll gateway speaks TLS 1.1; this smoke test checks exactly that (SYSLIB0039).
#pragma warning disable SYSLIB0039

namespace CloudShapes.Cinderpeak.Connect.Tests;

/// <summary>Post-release smoke tests against the shared staging environment (dotnet test --filter Category=Staging).</summary>
[Trait("Category", "Staging")]
public sealed class StagingSmokeTests
{
    [Fact]
    public async Task Consul_kv_answers_with_the_release_token()
    {
        // Staging Consul serves the agent's self-signed certificate.
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, _, _, _) => true,  // expect: tls
        };
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://consul.staging.cinderpeak.io:8501/") };
        http.DefaultRequestHeaders.Add("X-Consul-Token", "e4a19c7b-6d2f-48e3-9b05-7f1c3a8d62b9");  // expect: secret

        using var response = await http.GetAsync("v1/kv/tenants/halden/settings?raw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pushgateway_accepts_a_probe_metric()
    {
        using var http = new HttpClient();

        using var response = await http.PostAsync("http://push.metrics.staging.cinderpeak-observability.com/metrics/job/smoke", new StringContent("cinderpeak_smoke_probe 1\n"));  // expect: http

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Legacy_payroll_gateway_still_answers()
    {
        using var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls11 };  // expect: tls
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync("https://pi-staging.kestrelbay-logistics.com/hr/ping");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Protocol_list_of_the_gateway_options_round_trips()
    {
        var configured = SslProtocols.Tls11 | SslProtocols.Tls12;  // expect: none
        var parsed = Enum.Parse<SslProtocols>("Tls11, Tls12");

        Assert.Equal(configured, parsed);
    }
}
