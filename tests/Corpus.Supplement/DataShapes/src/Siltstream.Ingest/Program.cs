using System.Security.Authentication;
using DataShapes.Siltstream.Messaging.ServiceBus;
using DataShapes.Siltstream.Pipelines.Orders;
using DataShapes.Siltstream.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The legacy CRM's TLS 1.1 is deliberate here (SYSLIB0039); the analyzers, not the compiler, judge it.
#pragma warning disable SYSLIB0039

namespace DataShapes.Siltstream.Ingest;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);

        builder.Services.AddSingleton(_ => ServiceBusClientFactory.Create(builder.Configuration, builder.Environment));
        builder.Services.AddSiltstreamCache(builder.Configuration);
        builder.Services.Configure<GeoServiceOptions>(builder.Configuration.GetSection("Geo"));

        // The geo service's v1 API, hosted by the data vendor.
        builder.Services.AddHttpClient<OrderEnrichmentJob>(client => client.BaseAddress = new Uri("http://geo.siltstream-data.com/api/"));  // expect: http

        builder.Services.AddHttpClient("ingest-callbacks", client => client.BaseAddress = new Uri("https://hooks.siltstream-data.com/"));

        // The legacy CRM's export endpoint runs on Windows Server 2008 R2 and negotiates TLS 1.1 at most.
        builder.Services.AddHttpClient("legacy-crm", client => client.BaseAddress = new Uri("https://crm-export.siltstream-data.com/"))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: tls
            });

        builder.Services.AddHttpClient("metrics-pushgateway", client => client.BaseAddress = new Uri("http://pushgateway:9091/"));  // expect: none

        builder.Services.AddOptions<Api.IngestApiOptions>().Bind(builder.Configuration.GetSection("IngestApi"));

        builder.Build().Run();
    }
}
