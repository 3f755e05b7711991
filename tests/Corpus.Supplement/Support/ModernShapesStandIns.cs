// Minimal stand-ins for ModernShapes/, under the libraries' real namespaces and type names, so that its files read
// like 2024-2026 .NET code without any package the corpus project does not reference: .NET Aspire's AppHost API and
// the generated Projects.* metadata, the ASP.NET Core host (WebApplication, Kestrel's HTTPS defaults, health-check
// endpoints), Microsoft.Extensions.Hosting, health checks with AspNetCore.HealthChecks.Uris' AddUrlGroup, the
// resilience and service-discovery handlers, OpenTelemetry's OTLP exporter, Azure.Identity and the Key Vault
// configuration provider, Serilog's Seq sink, Testcontainers, xUnit's IAsyncLifetime, Alba, TUnit and Verify.
// Microsoft.Extensions.Configuration, Options, DependencyInjection and Http are the real ones (they come with
// src/SecureConnectors). Only the members ModernShapes calls exist; nothing here is ever run. No URL, key or password
// literal. No labels: every line here is a negative.

using System.Net.Security;
using System.Runtime.CompilerServices;
using System.Security.Cryptography.X509Certificates;
using Aspire.Hosting.ApplicationModel;
using Azure.Core;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

#region .NET Aspire (AppHost)

namespace Aspire.Hosting.ApplicationModel
{
    public interface IResource
    {
        string Name { get; }
    }

    public interface IResourceWithEnvironment : IResource;

    public interface IResourceWithEndpoints : IResource;

    public interface IResourceWithArgs : IResource;

    public interface IResourceWithConnectionString : IResource;

    public interface IResourceWithServiceDiscovery : IResource;

    public interface IResourceWithWaitSupport : IResource;

    public interface IResourceBuilder<out T>
        where T : IResource
    {
        T Resource { get; }
    }

    public class Resource(string name) : IResource
    {
        public string Name { get; } = name;
    }

    public sealed class ParameterResource(string name, bool secret) : Resource(name)
    {
        public bool Secret { get; } = secret;
    }

    public sealed class ConnectionStringResource(string name) : Resource(name), IResourceWithConnectionString;

    public class ContainerResource(string name) : Resource(name), IResourceWithEnvironment, IResourceWithEndpoints, IResourceWithArgs, IResourceWithWaitSupport;

    public sealed class ProjectResource(string name) : Resource(name), IResourceWithEnvironment, IResourceWithEndpoints, IResourceWithArgs, IResourceWithServiceDiscovery, IResourceWithWaitSupport;

    public sealed class PostgresServerResource(string name) : ContainerResource(name), IResourceWithConnectionString;

    public sealed class PostgresDatabaseResource(string name) : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport;

    public sealed class RedisResource(string name) : ContainerResource(name), IResourceWithConnectionString;

    public sealed class ExternalServiceResource(string name) : Resource(name), IResourceWithServiceDiscovery;

    internal sealed class ResourceBuilder<T>(T resource) : IResourceBuilder<T>
        where T : IResource
    {
        public T Resource { get; } = resource;
    }
}

namespace Aspire.Hosting
{
    public interface IProjectMetadata
    {
        string ProjectPath { get; }
    }

    public interface IDistributedApplicationBuilder
    {
        ConfigurationManager Configuration { get; }

        IHostEnvironment Environment { get; }

        DistributedApplication Build();
    }

    public sealed class DistributedApplication
    {
        public static IDistributedApplicationBuilder CreateBuilder(string[] args) => new Builder();

        public void Run()
        {
        }

        private sealed class Builder : IDistributedApplicationBuilder
        {
            public ConfigurationManager Configuration { get; } = new();

            public IHostEnvironment Environment { get; } = new HostingEnvironment();

            public DistributedApplication Build() => new();
        }
    }

    public static class ParameterResourceBuilderExtensions
    {
        public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, bool secret = false)
            => new ResourceBuilder<ParameterResource>(new ParameterResource(name, secret));

        public static IResourceBuilder<ParameterResource> AddParameter(this IDistributedApplicationBuilder builder, string name, string value, bool publishValueAsDefault = false, bool secret = false)
            => new ResourceBuilder<ParameterResource>(new ParameterResource(name, secret));

        public static IResourceBuilder<IResourceWithConnectionString> AddConnectionString(this IDistributedApplicationBuilder builder, string name)
            => new ResourceBuilder<ConnectionStringResource>(new ConnectionStringResource(name));
    }

    public static class ProjectResourceBuilderExtensions
    {
        public static IResourceBuilder<ProjectResource> AddProject<TProject>(this IDistributedApplicationBuilder builder, string name)
            where TProject : IProjectMetadata, new()
            => new ResourceBuilder<ProjectResource>(new ProjectResource(name));
    }

    public static class ContainerResourceBuilderExtensions
    {
        public static IResourceBuilder<ContainerResource> AddContainer(this IDistributedApplicationBuilder builder, string name, string image, string tag = "latest")
            => new ResourceBuilder<ContainerResource>(new ContainerResource(name));

        public static IResourceBuilder<T> WithBindMount<T>(this IResourceBuilder<T> builder, string source, string target, bool isReadOnly = false)
            where T : ContainerResource
            => builder;
    }

    public static class PostgresBuilderExtensions
    {
        public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name, IResourceBuilder<ParameterResource>? userName = null, IResourceBuilder<ParameterResource>? password = null, int? port = null)
            => new ResourceBuilder<PostgresServerResource>(new PostgresServerResource(name));

        public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
            => new ResourceBuilder<PostgresDatabaseResource>(new PostgresDatabaseResource(name));

        public static IResourceBuilder<PostgresServerResource> WithDataVolume(this IResourceBuilder<PostgresServerResource> builder, string? name = null, bool isReadOnly = false)
            => builder;
    }

    public static class RedisBuilderExtensions
    {
        public static IResourceBuilder<RedisResource> AddRedis(this IDistributedApplicationBuilder builder, string name, int? port = null)
            => new ResourceBuilder<RedisResource>(new RedisResource(name));
    }

    public static class ExternalServiceBuilderExtensions
    {
        public static IResourceBuilder<ExternalServiceResource> AddExternalService(this IDistributedApplicationBuilder builder, string name, string url)
            => new ResourceBuilder<ExternalServiceResource>(new ExternalServiceResource(name));
    }

    public static class ResourceBuilderExtensions
    {
        public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string? value)
            where T : IResourceWithEnvironment
            => builder;

        public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, IResourceBuilder<ParameterResource> parameter)
            where T : IResourceWithEnvironment
            => builder;

        public static IResourceBuilder<T> WithArgs<T>(this IResourceBuilder<T> builder, params string[] args)
            where T : IResourceWithArgs
            => builder;

        public static IResourceBuilder<T> WithHttpEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null, string? name = null)
            where T : IResourceWithEndpoints
            => builder;

        public static IResourceBuilder<T> WithEndpoint<T>(this IResourceBuilder<T> builder, int? port = null, int? targetPort = null, string? name = null)
            where T : IResourceWithEndpoints
            => builder;

        public static IResourceBuilder<T> WithExternalHttpEndpoints<T>(this IResourceBuilder<T> builder)
            where T : IResourceWithEndpoints
            => builder;

        public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<IResourceWithConnectionString> source)
            where TDestination : IResourceWithEnvironment
            => builder;

        public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<IResourceWithServiceDiscovery> source)
            where TDestination : IResourceWithEnvironment
            => builder;

        public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
            where T : IResourceWithWaitSupport
            => builder;
    }
}

namespace Projects
{
    public sealed class Tallyroll_PayrollApi : Aspire.Hosting.IProjectMetadata
    {
        public string ProjectPath => "../Tallyroll.PayrollApi/Tallyroll.PayrollApi.csproj";
    }

    public sealed class Tallyroll_SyncWorker : Aspire.Hosting.IProjectMetadata
    {
        public string ProjectPath => "../Tallyroll.SyncWorker/Tallyroll.SyncWorker.csproj";
    }
}

#endregion

#region Microsoft.Extensions.Hosting

namespace Microsoft.Extensions.Hosting
{
    public interface IHostEnvironment
    {
        string EnvironmentName { get; set; }

        string ApplicationName { get; set; }
    }

    public static class HostEnvironmentEnvExtensions
    {
        public static bool IsDevelopment(this IHostEnvironment environment) => environment.EnvironmentName == "Development";

        public static bool IsProduction(this IHostEnvironment environment) => environment.EnvironmentName == "Production";
    }

    public sealed class HostingEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "";
    }

    public interface IHostApplicationBuilder
    {
        IConfigurationManager Configuration { get; }

        IHostEnvironment Environment { get; }

        IServiceCollection Services { get; }
    }

    public interface IHost : IDisposable
    {
        void Run();
    }

    public sealed class HostApplicationBuilder : IHostApplicationBuilder
    {
        public ConfigurationManager Configuration { get; } = new();

        IConfigurationManager IHostApplicationBuilder.Configuration => Configuration;

        public IHostEnvironment Environment { get; } = new HostingEnvironment();

        public IServiceCollection Services { get; } = new ServiceCollection();

        public IHost Build() => new StandInHost();

        private sealed class StandInHost : IHost
        {
            public void Run()
            {
            }

            public void Dispose()
            {
            }
        }
    }

    public static class Host
    {
        public static HostApplicationBuilder CreateApplicationBuilder(string[]? args) => new();
    }
}

#endregion

#region ASP.NET Core (WebApplication, Kestrel, health-check endpoints)

namespace Microsoft.AspNetCore.Builder
{
    public sealed class WebApplicationBuilder : IHostApplicationBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();

        public ConfigurationManager Configuration { get; } = new();

        IConfigurationManager IHostApplicationBuilder.Configuration => Configuration;

        public IHostEnvironment Environment { get; } = new HostingEnvironment();

        public ConfigureWebHostBuilder WebHost { get; } = new();

        public WebApplication Build() => new(Environment);
    }

    public sealed class ConfigureWebHostBuilder : IWebHostBuilder
    {
        public IWebHostBuilder UseSetting(string key, string? value) => this;

        public IWebHostBuilder ConfigureServices(Action<IServiceCollection> configureServices) => this;
    }

    public sealed class RouteHandlerBuilder;

    public sealed class WebApplication : IAsyncDisposable
    {
        internal WebApplication(IHostEnvironment environment) => Environment = environment;

        public static WebApplicationBuilder CreateBuilder(string[] args) => new();

        public IHostEnvironment Environment { get; }

        public ICollection<string> Urls { get; } = new List<string>();

        public RouteHandlerBuilder MapGet(string pattern, Delegate handler) => new();

        public RouteHandlerBuilder MapPost(string pattern, Delegate handler) => new();

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Run()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public static class HealthCheckEndpointRouteBuilderExtensions
    {
        public static RouteHandlerBuilder MapHealthChecks(this WebApplication app, string pattern, HealthCheckOptions? options = null) => new();
    }
}

namespace Microsoft.AspNetCore.Diagnostics.HealthChecks
{
    public sealed class HealthCheckOptions
    {
        public Func<HealthCheckRegistration, bool>? Predicate { get; set; }
    }
}

namespace Microsoft.AspNetCore.Hosting
{
    public sealed class WebHostBuilderContext
    {
        public IHostEnvironment HostingEnvironment { get; set; } = new HostingEnvironment();
    }

    public static class WebHostBuilderConfigurationExtensions
    {
        public static IWebHostBuilder ConfigureAppConfiguration(this IWebHostBuilder builder, Action<WebHostBuilderContext, IConfigurationBuilder> configureDelegate) => builder;
    }

    public static class WebHostBuilderKestrelExtensions
    {
        public static IWebHostBuilder ConfigureKestrel(this IWebHostBuilder builder, Action<KestrelServerOptions> options) => builder;
    }
}

namespace Microsoft.AspNetCore.Server.Kestrel.Core
{
    public sealed class KestrelServerOptions
    {
        public void ConfigureHttpsDefaults(Action<HttpsConnectionAdapterOptions> configureOptions)
        {
        }
    }
}

namespace Microsoft.AspNetCore.Server.Kestrel.Https
{
    public enum ClientCertificateMode
    {
        NoCertificate,
        AllowCertificate,
        RequireCertificate,
        DelayCertificate,
    }

    public sealed class HttpsConnectionAdapterOptions
    {
        public ClientCertificateMode ClientCertificateMode { get; set; }

        public Func<X509Certificate2, X509Chain?, SslPolicyErrors, bool>? ClientCertificateValidation { get; set; }
    }
}

#endregion

#region Health checks, resilience, service discovery

namespace Microsoft.Extensions.Diagnostics.HealthChecks
{
    public enum HealthStatus
    {
        Unhealthy,
        Degraded,
        Healthy,
    }

    public readonly struct HealthCheckResult(HealthStatus status)
    {
        public HealthStatus Status { get; } = status;

        public static HealthCheckResult Healthy() => new(HealthStatus.Healthy);
    }

    public sealed class HealthCheckRegistration
    {
        public ISet<string> Tags { get; } = new HashSet<string>();
    }
}

namespace Microsoft.Extensions.Http.Resilience
{
    public interface IHttpStandardResiliencePipelineBuilder
    {
        string PipelineName { get; }

        IServiceCollection Services { get; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IHealthChecksBuilder
    {
        IServiceCollection Services { get; }
    }

    public static class HealthCheckServiceCollectionExtensions
    {
        public static IHealthChecksBuilder AddHealthChecks(this IServiceCollection services) => new Builder(services);

        private sealed class Builder(IServiceCollection services) : IHealthChecksBuilder
        {
            public IServiceCollection Services { get; } = services;
        }
    }

    public static class HealthChecksBuilderDelegateExtensions
    {
        public static IHealthChecksBuilder AddCheck(this IHealthChecksBuilder builder, string name, Func<HealthCheckResult> check, IEnumerable<string> tags) => builder;
    }

    public static class UriHealthCheckBuilderExtensions
    {
        public static IHealthChecksBuilder AddUrlGroup(this IHealthChecksBuilder builder, Uri uri, string? name = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null) => builder;
    }

    public static class ResilienceHttpClientBuilderExtensions
    {
        public static IHttpStandardResiliencePipelineBuilder AddStandardResilienceHandler(this IHttpClientBuilder builder) => new Pipeline(builder.Services);

        private sealed class Pipeline(IServiceCollection services) : IHttpStandardResiliencePipelineBuilder
        {
            public string PipelineName => "standard";

            public IServiceCollection Services { get; } = services;
        }
    }

    public static class ServiceDiscoveryHttpClientBuilderExtensions
    {
        public static IHttpClientBuilder AddServiceDiscovery(this IHttpClientBuilder builder) => builder;
    }

    public static class ServiceDiscoveryServiceCollectionExtensions
    {
        public static IServiceCollection AddServiceDiscovery(this IServiceCollection services) => services;
    }

    public static class OpenTelemetryServicesExtensions
    {
        public static OpenTelemetry.OpenTelemetryBuilder AddOpenTelemetry(this IServiceCollection services) => new();
    }
}

#endregion

#region OpenTelemetry

namespace OpenTelemetry
{
    public sealed class OpenTelemetryBuilder
    {
        public OpenTelemetryBuilder WithMetrics(Action<MeterProviderBuilder> configure) => this;

        public OpenTelemetryBuilder WithTracing(Action<TracerProviderBuilder> configure) => this;
    }

    public static class OpenTelemetryBuilderOtlpExporterExtensions
    {
        public static OpenTelemetryBuilder UseOtlpExporter(this OpenTelemetryBuilder builder) => builder;
    }
}

namespace OpenTelemetry.Exporter
{
    public enum OtlpExportProtocol
    {
        Grpc,
        HttpProtobuf,
    }

    public sealed class OtlpExporterOptions
    {
        public Uri Endpoint { get; set; } = null!;

        public string? Headers { get; set; }

        public OtlpExportProtocol Protocol { get; set; }
    }
}

namespace OpenTelemetry.Trace
{
    public sealed class TracerProviderBuilder
    {
        public TracerProviderBuilder AddSource(params string[] names) => this;
    }

    public static class TracerProviderBuilderExtensions
    {
        public static TracerProviderBuilder AddHttpClientInstrumentation(this TracerProviderBuilder builder) => builder;
    }

    public static class OtlpTraceExporterHelperExtensions
    {
        public static TracerProviderBuilder AddOtlpExporter(this TracerProviderBuilder builder, Action<OtlpExporterOptions> configure) => builder;

        public static TracerProviderBuilder AddOtlpExporter(this TracerProviderBuilder builder, string? name, Action<OtlpExporterOptions> configure) => builder;
    }
}

namespace OpenTelemetry.Metrics
{
    public sealed class MeterProviderBuilder;

    public static class MeterProviderBuilderExtensions
    {
        public static MeterProviderBuilder AddHttpClientInstrumentation(this MeterProviderBuilder builder) => builder;

        public static MeterProviderBuilder AddRuntimeInstrumentation(this MeterProviderBuilder builder) => builder;
    }
}

#endregion

#region Azure.Identity and the Key Vault configuration provider

namespace Azure.Core
{
    public abstract class TokenCredential;
}

namespace Azure.Identity
{
    public sealed class DefaultAzureCredential : TokenCredential;

    public sealed class ClientSecretCredential(string tenantId, string clientId, string clientSecret) : TokenCredential
    {
        public string TenantId { get; } = tenantId;

        public string ClientId { get; } = clientId;

        internal string Secret { get; } = clientSecret;
    }
}

namespace Microsoft.Extensions.Configuration
{
    public static class AzureKeyVaultConfigurationExtensions
    {
        public static IConfigurationBuilder AddAzureKeyVault(this IConfigurationBuilder configurationBuilder, Uri vaultUri, TokenCredential credential) => configurationBuilder;
    }
}

#endregion

#region Serilog (Seq sink)

namespace Serilog
{
    public interface ILogger;

    public static class Log
    {
        public static ILogger Logger { get; set; } = new LoggerConfiguration().CreateLogger();
    }

    public sealed class LoggerSinkConfiguration(LoggerConfiguration parent)
    {
        internal LoggerConfiguration Parent { get; } = parent;
    }

    public sealed class LoggerConfiguration
    {
        public LoggerConfiguration() => WriteTo = new LoggerSinkConfiguration(this);

        public LoggerSinkConfiguration WriteTo { get; }

        public ILogger CreateLogger() => new StandInLogger();

        private sealed class StandInLogger : ILogger;
    }

    public static class SeqLoggerConfigurationExtensions
    {
        public static LoggerConfiguration Seq(this LoggerSinkConfiguration loggerSinkConfiguration, string serverUrl, string? apiKey = null) => loggerSinkConfiguration.Parent;
    }
}

#endregion

#region Testcontainers

namespace DotNet.Testcontainers.Containers
{
    public interface IContainer : IAsyncDisposable
    {
        string Hostname { get; }

        ushort GetMappedPublicPort(int containerPort);

        Task StartAsync(CancellationToken ct = default);
    }

    public class DockerContainer : IContainer
    {
        public string Hostname => "127.0.0.1";

        public ushort GetMappedPublicPort(int containerPort) => (ushort)containerPort;

        public Task StartAsync(CancellationToken ct = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

namespace DotNet.Testcontainers.Builders
{
    using DotNet.Testcontainers.Containers;

    public sealed class ContainerBuilder
    {
        public ContainerBuilder WithImage(string image) => this;

        public ContainerBuilder WithPortBinding(int port, bool assignRandomHostPort) => this;

        public ContainerBuilder WithEnvironment(string name, string value) => this;

        public ContainerBuilder WithNetworkAliases(params string[] networkAliases) => this;

        public IContainer Build() => new DockerContainer();
    }
}

namespace Testcontainers.PostgreSql
{
    using DotNet.Testcontainers.Containers;

    public sealed class PostgreSqlBuilder
    {
        public PostgreSqlBuilder WithImage(string image) => this;

        public PostgreSqlBuilder WithDatabase(string database) => this;

        public PostgreSqlBuilder WithUsername(string username) => this;

        public PostgreSqlBuilder WithPassword(string password) => this;

        public PostgreSqlContainer Build() => new();
    }

    public sealed class PostgreSqlContainer : DockerContainer;
}

#endregion

#region xUnit (IAsyncLifetime), Alba, TUnit, Verify

namespace Xunit
{
    public interface IAsyncLifetime
    {
        Task InitializeAsync();

        Task DisposeAsync();
    }
}

namespace Alba
{
    public interface IScenarioResult;

    public interface IAlbaHost : IAsyncDisposable
    {
        Task<IScenarioResult> Scenario(Action<Scenario> configure);
    }

    public static class AlbaHost
    {
        public static Task<IAlbaHost> For<TProgram>(Action<IWebHostBuilder> configure)
            where TProgram : class
            => Task.FromResult<IAlbaHost>(new StandInHost());

        private sealed class StandInHost : IAlbaHost
        {
            public Task<IScenarioResult> Scenario(Action<Scenario> configure) => throw new NotSupportedException("stand-in");

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    public sealed class SendExpression
    {
        public SendExpression Url(string relativeUrl) => this;
    }

    public sealed class Scenario
    {
        public SendExpression Get { get; } = new();

        public SendExpression Post { get; } = new();

        public void WithRequestHeader(string key, string value)
        {
        }

        public void StatusCodeShouldBe(int statusCode)
        {
        }
    }
}

namespace TUnit.Core
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
    public sealed class ArgumentsAttribute(params object?[] values) : Attribute
    {
        public object?[] Values { get; } = values;
    }
}

namespace TUnit.Assertions
{
    public static class Assert
    {
        public static ValueAssertionBuilder<TActual> That<TActual>(TActual value) => new(value);
    }

    public sealed class ValueAssertionBuilder<TActual>(TActual actual)
    {
        internal TActual Actual { get; } = actual;
    }
}

namespace TUnit.Assertions.Extensions
{
    using TUnit.Assertions;

    public static class GenericIsExtensions
    {
        public static Task IsEqualTo<TActual>(this ValueAssertionBuilder<TActual> builder, TActual expected)
            => EqualityComparer<TActual>.Default.Equals(builder.Actual, expected)
                ? Task.CompletedTask
                : Task.FromException(new InvalidOperationException("IsEqualTo failed"));
    }
}

namespace VerifyTests
{
    public sealed class SettingsTask(object? target)
    {
        internal object? Target { get; } = target;

        public SettingsTask ScrubMembers(params string[] members) => this;

        public SettingsTask UseDirectory(string directory) => this;

        public Task ToTask() => Task.CompletedTask;

        public TaskAwaiter GetAwaiter() => ToTask().GetAwaiter();
    }
}

namespace VerifyXunit
{
    using VerifyTests;

    public static class Verifier
    {
        public static SettingsTask Verify(object? target, [CallerFilePath] string sourceFile = "") => new(target);
    }
}

#endregion
