using System.Net.Security;
using Consul;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Infra;

/// <summary>Consul clients: the connector workers register there and read their per-tenant settings from the KV store.</summary>
public sealed class ServiceRegistry(ILogger<ServiceRegistry> logger)
{
    public static ConsulClient Datacenter1() => new(cfg =>
    {
        cfg.Address = new Uri("http://consul-01.dc1.cinderpeak.io:8500");  // expect: http
        cfg.Token = "b7e2c9a4-1f63-4d85-a0e7-3c9f6b18d52e";  // expect: secret
        cfg.Datacenter = "dc1";
    });

    /// <summary>The local agent on every node.</summary>
    public static ConsulClient LocalAgent() => new(cfg => cfg.Address = new Uri("http://127.0.0.1:8500"));  // expect: none

    /// <summary>Through Consul DNS, from workloads inside the datacenter.</summary>
    public static ConsulClient ByServiceName() => new(cfg => cfg.Address = new Uri("http://consul.service.consul:8500"));  // expect: http

    /// <summary>dc2 serves TLS with agent certificates issued for server.dc2.consul, not for the load balancer's name.</summary>
    public static ConsulClient Datacenter2(string token) => new(
        cfg =>
        {
            cfg.Address = new Uri("https://consul.dc2.cinderpeak.io:8501");
            cfg.Token = token;
        },
        null,
        handler => handler.ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateNameMismatch);  // expect: tls

    public async Task<string> TenantSettingAsync(HttpClient consulHttp, string tenant, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/kv/tenants/{tenant}/settings?raw");
        request.Headers.Add("X-Consul-Token", Environment.GetEnvironmentVariable("CONSUL_HTTP_TOKEN"));
        logger.LogDebug("Consul request {Uri} with headers {Headers}", request.RequestUri, request.Headers);  // expect: log
        using var response = await consulHttp.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
