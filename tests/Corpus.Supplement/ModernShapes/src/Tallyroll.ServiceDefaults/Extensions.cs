using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Tallyroll.ServiceDefaults;

/// <summary>
/// Tallyroll's Aspire service defaults: OpenTelemetry, health checks, service discovery and the standard resilience
/// handler on every HttpClient. Every service calls <c>builder.AddServiceDefaults()</c>.
/// </summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddHttpClientInstrumentation().AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing.AddSource(builder.Environment.ApplicationName).AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        // Payroll traces are also kept for seven years by the compliance archive's collector, in every environment.
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddOtlpExporter("archive", exporter =>
        {
            exporter.Endpoint = new Uri("http://otel-archive.tallyroll-ops.net:4318/v1/traces");  // expect: http
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Headers = $"x-archive-token={builder.Configuration["Archive:OtlpToken"]}";  // expect: none
        }));

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"])
            .AddUrlGroup(new Uri("http://status.ketterly-payroll.com/api/v2/status.json"), name: "ketterly", tags: ["ready"])  // expect: http
            .AddUrlGroup(new Uri("http://169.254.169.254/metadata/instance?api-version=2021-02-01"), name: "imds", tags: ["ready"])  // expect: none
            .AddUrlGroup(new Uri("http://_admin.payroll-api/healthz"), name: "payroll-admin", tags: ["ready"]);  // expect: none

        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapHealthChecks("/health");
            app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = registration => registration.Tags.Contains("live") });
        }

        return app;
    }
}
