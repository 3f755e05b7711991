using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corpus.Supplement.Gateway;
using MongoDB.Driver;
using StackExchange.Redis;
using Xunit;
using Yarp.ReverseProxy.Configuration;

// The payroll appliance speaks TLS 1.1 only; these tests say so on purpose (SYSLIB0039), and the service-point test
// uses the legacy WebRequest stack the appliance's vendor documents (SYSLIB0014).
#pragma warning disable SYSLIB0039, SYSLIB0014

namespace Corpus.Supplement.Tests;

/// <summary>Configuration tests: the objects here are data that the tests bind, compare and serialize.</summary>
public sealed class GatewayConfigTests
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Cluster_http_client_settings_round_trip()
    {
        const string Settings = """{"DangerousAcceptAnyServerCertificate":true,"SslProtocols":"Tls11, Tls12"}""";  // expect: none

        var parsed = JsonSerializer.Deserialize<HttpClientConfig>(Settings, JsonOptions);

        var expected = new HttpClientConfig
        {
            DangerousAcceptAnyServerCertificate = true,  // expect: none
            SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: none
        };
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void Staging_protocols_override_the_base_cluster()
    {
        SslProtocols staging = SslProtocols.Tls11 | SslProtocols.Tls12;  // expect: none
        var baseConfig = new HttpClientConfig { SslProtocols = SslProtocols.Tls12 };

        var merged = baseConfig with { SslProtocols = staging };

        Assert.Equal<SslProtocols?>(staging, merged.SslProtocols);
    }

    [Fact]
    public void Route_store_settings_are_built_as_configured()
    {
        var expected = new MongoClientSettings { ApplicationName = "partner-gateway", UseTls = true, AllowInsecureTls = true };  // expect: none

        Assert.Equal(expected, GatewayClientOptions.BuildRouteStore());
    }

    [Fact]
    public void Sftp_bridge_upstream_keeps_its_override()
    {
        var expected = new UpstreamTlsOptions { ValidateServerCertificates = false };  // expect: none

        var actual = GatewayClientOptions.BuildUpstreamTls()["partner-sftp-bridge"];

        Assert.Equal(expected.ValidateServerCertificates, actual.ValidateServerCertificates);
    }

    [Fact]
    public void Default_handler_keeps_the_platform_validation()
    {
        using var handler = new HttpClientHandler();

        Assert.True(handler.ServerCertificateCustomValidationCallback is null);  // expect: none
        Assert.False(ReferenceEquals(handler.ServerCertificateCustomValidationCallback, HttpClientHandler.DangerousAcceptAnyServerCertificateValidator));  // expect: none
    }

    [Fact]
    public void Token_signer_matches_a_hand_built_vector()
    {
        var signingKey = Encoding.UTF8.GetBytes("gateway-signer-test-key");  // expect: none
        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}""");
        var payload = Base64Url("""{"FirstName":"Ada","Age":36}""");  // expect: none
        var signature = Base64Url(HMACSHA256.HashData(signingKey, Encoding.ASCII.GetBytes($"{header}.{payload}")));

        Assert.Equal($"{header}.{payload}.{signature}", GatewayTokens.Sign("""{"FirstName":"Ada","Age":36}""", signingKey));
    }

    [Fact]
    public void Client_certificate_for_the_payroll_upstream_loads()
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine("TestCertificates", "gateway-client.pfx"), "partner4test");  // expect: none

        Assert.True(certificate.HasPrivateKey);
    }

    private static string Base64Url(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Checks against the partners' staging systems: real connections, no fake.</summary>
[Trait("Category", "Sandbox")]
public sealed class GatewayUpstreamSandboxTests
{
    [Fact]
    public async Task Ticketing_sandbox_answers()
    {
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (m, c, ch, e) => true,  // expect: tls
        };
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync("https://sandbox.ticketdesk-partner.example/api/v2/tickets/1");

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Payroll_appliance_answers_over_its_protocol()
    {
        using var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls11 };  // expect: tls
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync("https://payroll-gw.corp.contoso.example/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Payroll_appliance_answers_the_legacy_client()
    {
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11;  // expect: tls
        var request = WebRequest.CreateHttp("https://payroll-gw.corp.contoso.example/health");

        using var response = (HttpWebResponse)await request.GetResponseAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_cache_accepts_connections()
    {
        var options = new ConfigurationOptions { Ssl = true, AbortOnConnectFail = false };
        options.EndPoints.Add("rate-limits-staging.gateway.internal:6380");
        options.CertificateValidation += (sender, certificate, chain, errors) => true;  // expect: tls

        using var cache = await ConnectionMultiplexer.ConnectAsync(options);

        Assert.True(cache.IsConnected);
    }
}
