using System.Net.Http.Headers;

namespace CloudShapes.Cinderpeak.Connect.Infra;

/// <summary>The ops bot's HTTP clients for the hosting providers the EU tenants run on.</summary>
public static class InfraApiClients
{
    // Team token of the "ops-bot" team in HCP Terraform (workspace runs for the tenant stacks).
    private const string TerraformCloudToken = "{{synthetic:14:alnum}}.atlasv1.{{synthetic:67:alnum}}";  // expect: secret

    // Hetzner DNS console: API token for the cinderpeak.eu zone.
    private const string HetznerDnsToken = "{{synthetic:32:alnum}}";  // expect: secret

    private const string HetznerCloudTokenVariable = "HCLOUD_TOKEN";  // expect: none

    public static HttpClient DigitalOcean()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://api.digitalocean.com/v2/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dop_v1_{{synthetic:64:hex}}");  // expect: secret
        return http;
    }

    public static HttpClient HetznerCloud()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://api.hetzner.cloud/v1/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable(HetznerCloudTokenVariable));
        return http;
    }

    public static HttpClient HetznerDns()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://dns.hetzner.com/api/v1/") };
        http.DefaultRequestHeaders.Add("Auth-API-Token", HetznerDnsToken);
        return http;
    }

    public static HttpClient TerraformCloud()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://app.terraform.io/api/v2/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TerraformCloudToken);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.api+json");
        return http;
    }
}
