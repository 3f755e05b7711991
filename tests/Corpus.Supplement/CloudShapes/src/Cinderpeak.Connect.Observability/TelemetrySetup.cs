using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Prometheus;

namespace CloudShapes.Cinderpeak.Connect.Observability;

/// <summary>Traces, metrics and health checks of the connector workers.</summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddCinderpeakTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithTracing(tracing => tracing
            .AddSource("Cinderpeak.Connect")
            .AddOtlpExporter("collector", o =>
            {
                // The collector side-car in every pod.
                o.Endpoint = new Uri("http://otel-collector:4317");  // expect: none
            })
            .AddOtlpExporter("honeycomb", o =>
            {
                o.Endpoint = new Uri("https://api.eu1.honeycomb.io:443");
                o.Headers = "x-honeycomb-team={{synthetic:32:alnum}}";  // expect: secret
            })
            .AddOtlpExporter("kestrelbay", o =>
            {
                // Kestrel Bay wants our spans in their own Tempo, in their data centre.
                o.Endpoint = new Uri("http://tempo.kestrelbay-dc.cinderpeak.io:4318/v1/traces");  // expect: http
            }));

        services.AddHealthChecks()
            .AddUrlGroup(new Uri("http://localhost:8080/healthz"), "self")
            .AddUrlGroup(new Uri("http://status.kestrelbay-logistics.com/api/health"), "kestrelbay-sftp-gateway");  // expect: http

        return services;
    }

    /// <summary>Batch jobs push their metrics before they exit.</summary>
    public static MetricPusher BatchMetrics(string job) => new MetricPusher(new MetricPusherOptions
    {
        Endpoint = "http://push.metrics.cinderpeak-observability.com/metrics",  // expect: http
        Job = job,
    }).Start();
}
