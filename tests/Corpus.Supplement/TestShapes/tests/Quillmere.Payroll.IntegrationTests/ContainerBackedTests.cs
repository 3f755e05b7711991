using System.Net.Http.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Xunit;

namespace TestShapes.Quillmere.Payroll.IntegrationTests;

public sealed class OidcClientSettings
{
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";
}

public sealed record TokenResponse(string access_token, int expires_in);

public sealed class ContainerBackedTests(ContainersFixture containers) : IClassFixture<ContainersFixture>
{
    [Fact]
    public async Task Keycloak_issues_a_token_to_the_payroll_api_client()
    {
        // The client and its secret come from Realms/quillmere-realm.json, which the container imports at start.
        var settings = new OidcClientSettings
        {
            Authority = "http://localhost:8080/realms/quillmere",
            ClientId = "payroll-api",
            ClientSecret = "{{synthetic:32:alnum}}",  // expect: none
        };
        using var http = new HttpClient { BaseAddress = new Uri(containers.Keycloak.GetBaseAddress()) };

        using var response = await http.PostAsync("realms/quillmere/protocol/openid-connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
        }));
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();

        Assert.True(token!.expires_in > 0);
    }

    [Fact]
    [Trait("Category", "Nightly")]
    public async Task Staging_realm_issues_a_token_to_the_smoke_client()
    {
        var settings = new OidcClientSettings
        {
            Authority = "https://id.staging.quillmere.io/realms/quillmere",
            ClientId = "payroll-smoke",
            ClientSecret = "{{synthetic:32:alnum}}",  // expect: secret
        };
        using var http = new HttpClient { BaseAddress = new Uri(settings.Authority + "/") };

        using var response = await http.PostAsync("protocol/openid-connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
        }));
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        Console.WriteLine($"Smoke client token for the nightly run: {token!.access_token}");  // expect: log

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public void Pay_run_events_producer_talks_to_the_container_broker()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = containers.Kafka.GetBootstrapAddress(),
            SecurityProtocol = SecurityProtocol.SaslPlaintext,  // expect: none
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "payroll",
            SaslPassword = "payroll-kafka-test-secret",  // expect: none
            SslEndpointIdentificationAlgorithm = SslEndpointIdentificationAlgorithm.None,  // expect: none
        };

        Assert.Equal("payroll", config.SaslUsername);
    }

    [Fact]
    public void Cache_options_point_at_the_ci_redis()
    {
        var options = new RedisCacheOptions
        {
            Configuration = "redis:6379,password=redis-ci,abortConnect=false",  // expect: none
            InstanceName = "payroll-tests:",
        };

        Assert.Equal("payroll-tests:", options.InstanceName);
    }
}
