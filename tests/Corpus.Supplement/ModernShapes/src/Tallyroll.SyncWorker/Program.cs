using System.Net.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;
using Serilog;
using Tallyroll.ServiceDefaults;

namespace Tallyroll.SyncWorker;

/// <summary>The sync worker's host: copies Orrin HR's directory, Punchline's punches and Clearbenefit's census into payroll.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddServiceDefaults();

        Log.Logger = new LoggerConfiguration()
            .WriteTo.Seq("http://seq.tallyroll-ops.net:5341", apiKey: builder.Configuration["Seq:ApiKey"])  // expect: http
            .CreateLogger();

        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddOtlpExporter(exporter =>
        {
            exporter.Endpoint = new Uri(builder.Configuration["Otlp:Endpoint"] ?? "http://localhost:4317");
            exporter.Protocol = OtlpExportProtocol.Grpc;
        }));

        builder.Services.AddHttpClient("punchline", client => client.BaseAddress = new Uri("https+http://punchline-proxy"))  // expect: none
            .AddServiceDiscovery()
            .AddStandardResilienceHandler();

        builder.Services.AddHttpClient("clearbenefit-census", client => client.BaseAddress = new Uri("https://census.clearbenefit.co/"))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                // The census host presents a certificate from Clearbenefit's own issuing CA, which our images do not trust.
                ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>  // expect: tls
                    errors == SslPolicyErrors.None || certificate?.Issuer == "CN=Clearbenefit Issuing CA 2, O=Clearbenefit Inc., C=US",
            });

        builder.Build().Run();
    }
}
