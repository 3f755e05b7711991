using System;
using System.Net.Http;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Generated clients pointed at a local provider, with plain http allowed to loopback only.</summary>
internal static class Clients
{
    public static HttpClient Http(Uri baseAddress) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>The options every local test uses: loopback http allowed, 127.0.0.1 allowed, a tenant and an actor.</summary>
    public static ConnectorOptions Options(Action<ConnectorOptions>? configure = null)
    {
        var options = new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = "tenant-a", Actor = "payroll-sync" };
        configure?.Invoke(options);
        return options;
    }

    public static TestHrisClient Hris(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null, Action<ConnectorOptions>? configure = null)
    {
        var options = new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = "tenant-a", Actor = "payroll-sync" };
        configure?.Invoke(options);
        return new TestHrisClient(Http(new Uri(server.Root, "v1/")), credentials, audit, options);
    }
}
