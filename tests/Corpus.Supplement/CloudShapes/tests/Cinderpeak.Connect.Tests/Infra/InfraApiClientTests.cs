using System.Net;
using System.Net.Http.Headers;
using RichardSzalay.MockHttp;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Infra;

public sealed class InfraApiClientTests
{
    private const string FakeDigitalOceanToken = "dop_v1_{{synthetic:64:hex}}";  // expect: none

    [Fact]
    public async Task Droplets_are_listed_with_the_bearer_token()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, "http://api.digitalocean.com/v2/droplets")  // expect: none
            .WithHeaders("Authorization", "Bearer " + FakeDigitalOceanToken)
            .Respond("application/json", """{"droplets":[],"links":{},"meta":{"total":0}}""");
        using var http = mock.ToHttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeDigitalOceanToken);

        using var response = await http.GetAsync("http://api.digitalocean.com/v2/droplets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Consul_kv_is_read_with_the_agent_token()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("http://consul.service.consul:8500/v1/kv/tenants/halden/settings")
            .WithHeaders("X-Consul-Token", "consul-test-token")  // expect: none
            .Respond("application/json", """{"exports":"weekly"}""");
        using var http = mock.ToHttpClient();

        var body = await http.GetStringAsync("http://consul.service.consul:8500/v1/kv/tenants/halden/settings");

        Assert.Equal("""{"exports":"weekly"}""", body);
    }
}
