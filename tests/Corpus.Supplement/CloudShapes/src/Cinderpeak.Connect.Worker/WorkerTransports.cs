using System.Security.Authentication;
using Microsoft.Extensions.DependencyInjection;

// Kestrel Bay's SAP PI gateway offers TLS 1.1 at most; the compiler's SYSLIB0039 is silenced, the analyzers judge it.
#pragma warning disable SYSLIB0039

namespace CloudShapes.Cinderpeak.Connect.Worker;

/// <summary>Named HTTP clients of the connector worker.</summary>
public static class WorkerTransports
{
    public static IServiceCollection AddWorkerTransports(this IServiceCollection services)
    {
        services.AddHttpClient("kestrelbay-pi", c => c.BaseAddress = new Uri("https://pi.kestrelbay-logistics.com/hr/"))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: tls
                CheckCertificateRevocationList = false,  // expect: none
            });

        services.AddHttpClient("halden-hris", c => c.BaseAddress = new Uri("https://hris.haldenfoods.no/api/"))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            });

        return services;
    }

    /// <summary>Halden's Ceph gateway presents a certificate for *.ceph.local; the raw REST listing accepts it as it is.</summary>
    public static HttpClient HaldenObjectsListing() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,  // expect: tls
    })
    {
        BaseAddress = new Uri("https://objects.haldenfoods.no/"),
    };
}
