// Minimal stand-ins for the cloud and infrastructure libraries that CloudShapes/ uses, under the libraries' real
// namespaces and type names so that the code there reads like real code: the AWS SDK's session and resolved
// credentials, Secrets Manager, Systems Manager Parameter Store and SNS message utility; Azure's Response<T>,
// managed identity, Key Vault secrets and App Configuration; Application Insights' TelemetryConfiguration; Google's
// GoogleCredential and ClientSecrets; the Kubernetes client (k8s); Docker.DotNet with its X509 credentials; Pulumi with
// its Cloudflare and Azure Native SQL resources; Consul; Certes (ACME); prometheus-net's MetricPusher; and the
// Testcontainers LocalStack and Azurite modules. Only the members CloudShapes/ calls exist; nothing here is ever run.
//
// The types that other Support files already declare are used from there, never declared again: Amazon.RegionEndpoint,
// Amazon.Runtime.AWSCredentials and BasicAWSCredentials, Amazon.S3 (Support/DataShapesStandIns.cs), Azure.Core's
// TokenCredential and Azure.Identity's DefaultAzureCredential and ClientSecretCredential, OpenTelemetry's OTLP
// exporter, health checks, DotNet.Testcontainers' DockerContainer (Support/ModernShapesStandIns.cs), Azure Blob Storage
// and the Azure Functions worker (Support/DataShapesStandIns.cs), xUnit and MockHttp (Support/HttpTestStandIns.cs).
// No URL, key or password literal. No labels: every line here is a negative.

using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

#region AWS SDK for .NET (credentials, Secrets Manager, Systems Manager, SNS)

namespace Amazon.Runtime
{
    public sealed class SessionAWSCredentials(string awsAccessKeyId, string awsSecretAccessKey, string token) : AWSCredentials
    {
        internal ImmutableCredentials Resolved { get; } = new(awsAccessKeyId, awsSecretAccessKey, token);
    }

    /// <summary>The resolved key pair (and session token) of an <see cref="AWSCredentials"/>. No ToString of its own.</summary>
    public class ImmutableCredentials(string awsAccessKeyId, string awsSecretAccessKey, string? token)
    {
        public string AccessKey { get; } = awsAccessKeyId;

        public string SecretKey { get; } = awsSecretAccessKey;

        public string? Token { get; } = token;

        public bool UseToken => !string.IsNullOrEmpty(Token);
    }

    public static class AWSCredentialsResolution
    {
        public static Task<ImmutableCredentials> GetCredentialsAsync(this AWSCredentials credentials) =>
            Task.FromResult(credentials is SessionAWSCredentials session ? session.Resolved : new ImmutableCredentials("", "", null));
    }

    public static class FallbackCredentialsFactory
    {
        public static AWSCredentials GetCredentials() => new BasicAWSCredentials(null, null);
    }
}

namespace Amazon.SecretsManager.Model
{
    public sealed class GetSecretValueRequest
    {
        public string SecretId { get; set; } = "";

        public string? VersionStage { get; set; }
    }

    public sealed class GetSecretValueResponse
    {
        public string ARN { get; set; } = "";

        public string Name { get; set; } = "";

        public string SecretString { get; set; } = "";

        public string VersionId { get; set; } = "";
    }

    public sealed class ListSecretsRequest
    {
        public string? NextToken { get; set; }

        public int? MaxResults { get; set; }
    }

    public sealed class SecretListEntry
    {
        public string ARN { get; set; } = "";

        public string Name { get; set; } = "";
    }

    public sealed class ListSecretsResponse
    {
        public string? NextToken { get; set; }

        public List<SecretListEntry> SecretList { get; set; } = [];
    }
}

namespace Amazon.SecretsManager
{
    using Amazon.SecretsManager.Model;

    public interface IAmazonSecretsManager : IDisposable
    {
        Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken = default);

        Task<ListSecretsResponse> ListSecretsAsync(ListSecretsRequest request, CancellationToken cancellationToken = default);
    }

    public sealed class AmazonSecretsManagerClient : IAmazonSecretsManager
    {
        public AmazonSecretsManagerClient(RegionEndpoint region) => Region = region;

        public AmazonSecretsManagerClient(Amazon.Runtime.AWSCredentials credentials, RegionEndpoint region) => Region = region;

        public RegionEndpoint Region { get; }

        public Task<GetSecretValueResponse> GetSecretValueAsync(GetSecretValueRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GetSecretValueResponse { Name = request.SecretId });

        public Task<ListSecretsResponse> ListSecretsAsync(ListSecretsRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ListSecretsResponse());

        public void Dispose()
        {
        }
    }
}

namespace Amazon.SimpleSystemsManagement.Model
{
    public sealed class Parameter
    {
        public string Name { get; set; } = "";

        public string Value { get; set; } = "";

        public long Version { get; set; }
    }

    public sealed class GetParameterRequest
    {
        public string Name { get; set; } = "";

        public bool WithDecryption { get; set; }
    }

    public sealed class GetParameterResponse
    {
        public Parameter Parameter { get; set; } = new();
    }
}

namespace Amazon.SimpleSystemsManagement
{
    using Amazon.SimpleSystemsManagement.Model;

    public interface IAmazonSimpleSystemsManagement : IDisposable
    {
        Task<GetParameterResponse> GetParameterAsync(GetParameterRequest request, CancellationToken cancellationToken = default);
    }

    public sealed class AmazonSimpleSystemsManagementClient(RegionEndpoint region) : IAmazonSimpleSystemsManagement
    {
        public RegionEndpoint Region { get; } = region;

        public Task<GetParameterResponse> GetParameterAsync(GetParameterRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GetParameterResponse { Parameter = new Parameter { Name = request.Name } });

        public void Dispose()
        {
        }
    }
}

namespace Amazon.SimpleNotificationService.Util
{
    /// <summary>An SNS HTTP(S) delivery, as the SDK's utility parses it.</summary>
    public sealed class Message
    {
        public const string MESSAGE_TYPE_SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";

        public const string MESSAGE_TYPE_NOTIFICATION = "Notification";

        public string Type { get; private init; } = "";

        public string MessageId { get; private init; } = "";

        public string TopicArn { get; private init; } = "";

        public string MessageText { get; private init; } = "";

        public string SubscribeURL { get; private init; } = "";

        public string SignatureVersion { get; private init; } = "";

        public string SigningCertURL { get; private init; } = "";

        public bool IsSubscriptionType => Type == MESSAGE_TYPE_SUBSCRIPTION_CONFIRMATION;

        public static Message ParseMessage(string messageText) => new() { MessageText = messageText };

        public bool IsMessageSignatureValid() => false;
    }
}

#endregion

#region Azure SDK (Response<T>, managed identity, Key Vault secrets, App Configuration), Application Insights

namespace Azure
{
    public abstract class Response<T>
    {
        public abstract T Value { get; }
    }

    internal sealed class ValueResponse<T>(T value) : Response<T>
    {
        public override T Value { get; } = value;
    }
}

namespace Azure.Identity
{
    using Azure.Core;

    public sealed class ManagedIdentityCredential(string? clientId = null) : TokenCredential
    {
        public string? ClientId { get; } = clientId;
    }
}

namespace Azure.Security.KeyVault.Secrets
{
    using Azure.Core;

    public sealed class SecretProperties
    {
        public string Version { get; set; } = "";

        public DateTimeOffset? ExpiresOn { get; set; }
    }

    public sealed class KeyVaultSecret(string name, string value)
    {
        public string Name { get; } = name;

        public string Value { get; } = value;

        public SecretProperties Properties { get; } = new();
    }

    public sealed class SecretClient(Uri vaultUri, TokenCredential credential)
    {
        public Uri VaultUri { get; } = vaultUri;

        internal TokenCredential Credential { get; } = credential;

        public Task<Response<KeyVaultSecret>> GetSecretAsync(string name, string? version = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<Response<KeyVaultSecret>>(new ValueResponse<KeyVaultSecret>(new KeyVaultSecret(name, "")));
    }
}

namespace Azure.Data.AppConfiguration
{
    public sealed class ConfigurationSetting(string key, string value)
    {
        public string Key { get; } = key;

        public string Value { get; } = value;
    }

    public sealed class ConfigurationClient(string connectionString)
    {
        internal string ConnectionString { get; } = connectionString;

        public Task<Response<ConfigurationSetting>> GetConfigurationSettingAsync(string key, string? label = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<Response<ConfigurationSetting>>(new ValueResponse<ConfigurationSetting>(new ConfigurationSetting(key, "")));
    }
}

namespace Microsoft.ApplicationInsights.Extensibility
{
    public sealed class TelemetryConfiguration
    {
        public string? ConnectionString { get; set; }

        public string? InstrumentationKey { get; set; }

        public static TelemetryConfiguration CreateDefault() => new();
    }
}

#endregion

#region Google (Google.Apis.Auth)

namespace Google.Apis.Auth.OAuth2
{
    public interface ITokenAccess
    {
        Task<string> GetAccessTokenForRequestAsync(string? authUri = null, CancellationToken cancellationToken = default);
    }

    public sealed class GoogleCredential : ITokenAccess
    {
        private GoogleCredential()
        {
        }

        public static GoogleCredential FromJson(string json) => new();

        public static GoogleCredential FromFile(string path) => new();

        public static GoogleCredential GetApplicationDefault() => new();

        public GoogleCredential CreateScoped(params string[] scopes) => this;

        public Task<string> GetAccessTokenForRequestAsync(string? authUri = null, CancellationToken cancellationToken = default) => Task.FromResult("");
    }

    public sealed class ClientSecrets
    {
        public string ClientId { get; set; } = "";

        public string ClientSecret { get; set; } = "";
    }
}

#endregion

#region Kubernetes client (k8s)

namespace k8s.Models
{
    public sealed class V1ObjectMeta
    {
        public string Name { get; set; } = "";
    }

    public sealed class V1Deployment
    {
        public V1ObjectMeta Metadata { get; set; } = new();
    }

    public sealed class V1DeploymentList
    {
        public IList<V1Deployment> Items { get; set; } = [];
    }
}

namespace k8s
{
    using k8s.Models;

    public sealed class KubernetesClientConfiguration
    {
        public string? Host { get; set; }

        public string? AccessToken { get; set; }

        public bool SkipTlsVerify { get; set; }

        public string? Namespace { get; set; }

        public string? CurrentContext { get; set; }

        public static KubernetesClientConfiguration InClusterConfig() => new();

        public static bool IsInCluster() => false;

        public static KubernetesClientConfiguration BuildDefaultConfig() => new();

        public static KubernetesClientConfiguration BuildConfigFromConfigFile(string? kubeconfigPath = null, string? currentContext = null) => new() { CurrentContext = currentContext };

        public static KubernetesClientConfiguration BuildConfigFromConfigFile(Stream kubeconfig, string? currentContext = null) => new() { CurrentContext = currentContext };
    }

    public interface IKubernetes : IDisposable
    {
        Task<V1DeploymentList> ListNamespacedDeploymentAsync(string namespaceParameter, CancellationToken cancellationToken = default);
    }

    public sealed class Kubernetes(KubernetesClientConfiguration config) : IKubernetes
    {
        internal KubernetesClientConfiguration Configuration { get; } = config;

        public Task<V1DeploymentList> ListNamespacedDeploymentAsync(string namespaceParameter, CancellationToken cancellationToken = default) =>
            Task.FromResult(new V1DeploymentList());

        public void Dispose()
        {
        }
    }
}

#endregion

#region Docker.DotNet

namespace Docker.DotNet.Models
{
    public sealed class AuthConfig
    {
        public string? Username { get; set; }

        public string? Password { get; set; }

        public string? ServerAddress { get; set; }

        public string? IdentityToken { get; set; }
    }

    public sealed class ImagesCreateParameters
    {
        public string? FromImage { get; set; }

        public string? Tag { get; set; }
    }

    public sealed class ImagePushParameters
    {
        public string? Tag { get; set; }
    }

    public sealed class JSONMessage
    {
        public string? Status { get; set; }

        public string? ErrorMessage { get; set; }
    }

    public sealed class ImageInspectResponse
    {
        public string ID { get; set; } = "";

        public IList<string> RepoDigests { get; set; } = [];
    }
}

namespace Docker.DotNet
{
    using Docker.DotNet.Models;

    public abstract class Credentials : IDisposable
    {
        public virtual void Dispose()
        {
        }
    }

    public class DockerApiException(HttpStatusCode statusCode, string responseBody) : Exception(responseBody)
    {
        public HttpStatusCode StatusCode { get; } = statusCode;

        public string ResponseBody { get; } = responseBody;
    }

    public interface IImageOperations
    {
        Task CreateImageAsync(ImagesCreateParameters parameters, AuthConfig? authConfig, IProgress<JSONMessage> progress, CancellationToken cancellationToken = default);

        Task PushImageAsync(string name, ImagePushParameters parameters, AuthConfig authConfig, IProgress<JSONMessage> progress, CancellationToken cancellationToken = default);

        Task<ImageInspectResponse> InspectImageAsync(string name, CancellationToken cancellationToken = default);
    }

    public interface IDockerClient : IDisposable
    {
        IImageOperations Images { get; }
    }

    public sealed class DockerClient : IDockerClient
    {
        internal DockerClient()
        {
        }

        public IImageOperations Images { get; } = new ImageOperations();

        public void Dispose()
        {
        }

        private sealed class ImageOperations : IImageOperations
        {
            public Task CreateImageAsync(ImagesCreateParameters parameters, AuthConfig? authConfig, IProgress<JSONMessage> progress, CancellationToken cancellationToken = default) => Task.CompletedTask;

            public Task PushImageAsync(string name, ImagePushParameters parameters, AuthConfig authConfig, IProgress<JSONMessage> progress, CancellationToken cancellationToken = default) => Task.CompletedTask;

            public Task<ImageInspectResponse> InspectImageAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(new ImageInspectResponse());
        }
    }

    public sealed class DockerClientConfiguration(Uri endpoint, Credentials? credentials = null, TimeSpan defaultTimeout = default) : IDisposable
    {
        public Uri EndpointBaseUri { get; } = endpoint;

        public Credentials? Credentials { get; } = credentials;

        public TimeSpan DefaultTimeout { get; } = defaultTimeout;

        public DockerClient CreateClient() => new();

        public void Dispose() => Credentials?.Dispose();
    }
}

namespace Docker.DotNet.X509
{
    public sealed class CertificateCredentials(X509Certificate2 clientCertificate) : Credentials
    {
        internal X509Certificate2 ClientCertificate { get; } = clientCertificate;

        public RemoteCertificateValidationCallback? ServerCertificateValidationCallback { get; set; }
    }
}

#endregion

#region Pulumi (core, Cloudflare, Azure Native SQL)

namespace Pulumi
{
    public sealed class Output<T>
    {
        internal Output(T value, bool isSecret)
        {
            Value = value;
            IsSecret = isSecret;
        }

        internal T Value { get; }

        internal bool IsSecret { get; }

        public Output<TResult> Apply<TResult>(Func<T, TResult> func) => new(func(Value), IsSecret);
    }

    public static class Output
    {
        public static Output<T> Create<T>(T value) => new(value, isSecret: false);

        public static Output<T> CreateSecret<T>(T value) => new(value, isSecret: true);
    }

    public sealed class Input<T>
    {
        private Input(Output<T> output) => Output = output;

        internal Output<T> Output { get; }

        public static implicit operator Input<T>(T value) => new(Pulumi.Output.Create(value));

        public static implicit operator Input<T>(Output<T> value) => new(value);
    }

    public sealed class Config(string? name = null)
    {
        public string? Name { get; } = name;

        public string Require(string key) => key;

        public string? Get(string key) => null;

        public Output<string> RequireSecret(string key) => Output.CreateSecret(key);
    }

    public abstract class Resource(string name)
    {
        public string ResourceName { get; } = name;
    }

    public abstract class CustomResource(string name) : Resource(name);

    public abstract class ProviderResource(string name) : CustomResource(name);

    public sealed class CustomResourceOptions
    {
        public ProviderResource? Provider { get; set; }
    }

    public static class Deployment
    {
        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func)
        {
            _ = func();
            return Task.FromResult(0);
        }
    }

    /// <summary>The engine's diagnostic log: what it writes shows in `pulumi up` and in the Pulumi Cloud console.</summary>
    public static class Log
    {
        public static void Debug(string message, Resource? resource = null)
        {
        }

        public static void Info(string message, Resource? resource = null)
        {
        }

        public static void Warn(string message, Resource? resource = null)
        {
        }
    }
}

namespace Pulumi.Cloudflare
{
    public sealed class ProviderArgs
    {
        public Input<string>? ApiToken { get; set; }
    }

    public sealed class Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null) : ProviderResource(name)
    {
        internal ProviderArgs? Args { get; } = args;

        internal CustomResourceOptions? Options { get; } = options;
    }

    public sealed class RecordArgs
    {
        public Input<string>? ZoneId { get; set; }

        public Input<string>? Name { get; set; }

        public Input<string>? Type { get; set; }

        public Input<string>? Content { get; set; }

        public Input<bool>? Proxied { get; set; }
    }

    public sealed class Record(string name, RecordArgs args, CustomResourceOptions? options = null) : CustomResource(name)
    {
        internal RecordArgs Args { get; } = args;

        internal CustomResourceOptions? Options { get; } = options;
    }
}

namespace Pulumi.AzureNative.Sql
{
    public sealed class ServerArgs
    {
        public Input<string>? ResourceGroupName { get; set; }

        public Input<string>? AdministratorLogin { get; set; }

        public Input<string>? AdministratorLoginPassword { get; set; }

        public Input<string>? Version { get; set; }
    }

    public sealed class Server(string name, ServerArgs args, CustomResourceOptions? options = null) : CustomResource(name)
    {
        internal ServerArgs Args { get; } = args;

        internal CustomResourceOptions? Options { get; } = options;

        public Output<string> FullyQualifiedDomainName { get; } = Output.Create(name);
    }
}

#endregion

#region Consul (Consul.NET)

namespace Consul
{
    public sealed class ConsulClientConfiguration
    {
        public Uri Address { get; set; } = null!;

        public string? Token { get; set; }

        public string? Datacenter { get; set; }
    }

    public sealed class KVPair(string key)
    {
        public string Key { get; } = key;

        public byte[] Value { get; set; } = [];
    }

    public sealed class QueryResult<T>
    {
        public HttpStatusCode StatusCode { get; set; }

        public T? Response { get; set; }
    }

    public sealed class KV
    {
        public Task<QueryResult<KVPair>> Get(string key, CancellationToken ct = default) => Task.FromResult(new QueryResult<KVPair>());
    }

    public sealed class ConsulClient : IDisposable
    {
        public ConsulClient(Action<ConsulClientConfiguration> configOverride)
            : this(configOverride, null, null)
        {
        }

        public ConsulClient(Action<ConsulClientConfiguration> configOverride, Action<HttpClient>? clientOverride, Action<HttpClientHandler>? handlerOverride)
        {
            configOverride(Config);
            handlerOverride?.Invoke(new HttpClientHandler());
        }

        public ConsulClientConfiguration Config { get; } = new();

        public KV KV { get; } = new();

        public void Dispose()
        {
        }
    }
}

#endregion

#region Certes (ACME)

namespace Certes.Acme
{
    public interface IAccountContext
    {
        Uri Location { get; }
    }
}

namespace Certes
{
    using Certes.Acme;

    public static class WellKnownServers
    {
        public static Uri LetsEncryptV2 => throw new NotSupportedException("stand-in");

        public static Uri LetsEncryptStagingV2 => throw new NotSupportedException("stand-in");
    }

    public interface IKey;

    public sealed class AcmeContext(Uri directoryUri, IKey? accountKey = null)
    {
        public Uri DirectoryUri { get; } = directoryUri;

        public IKey? AccountKey { get; } = accountKey;

        public Task<IAccountContext> NewAccount(IList<string> email, bool termsOfServiceAgreed, string? eabKeyId = null, string? eabKey = null, string? eabKeyAlg = null) =>
            Task.FromResult<IAccountContext>(new Account(DirectoryUri));

        private sealed class Account(Uri location) : IAccountContext
        {
            public Uri Location { get; } = location;
        }
    }
}

#endregion

#region prometheus-net (MetricPusher)

namespace Prometheus
{
    public sealed class MetricPusherOptions
    {
        public string? Endpoint { get; set; }

        public string? Job { get; set; }

        public string? Instance { get; set; }

        public TimeSpan? IntervalMilliseconds { get; set; }
    }

    public sealed class MetricPusher(MetricPusherOptions options)
    {
        internal MetricPusherOptions Options { get; } = options;

        public MetricPusher Start() => this;
    }
}

#endregion

#region Testcontainers (LocalStack, Azurite)

namespace Testcontainers.LocalStack
{
    using DotNet.Testcontainers.Containers;

    public sealed class LocalStackBuilder
    {
        public LocalStackBuilder WithImage(string image) => this;

        public LocalStackContainer Build() => new();
    }

    public sealed class LocalStackContainer : DockerContainer
    {
        public string GetConnectionString() => throw new NotSupportedException("stand-in");
    }
}

namespace Testcontainers.Azurite
{
    using DotNet.Testcontainers.Containers;

    public sealed class AzuriteBuilder
    {
        public AzuriteBuilder WithImage(string image) => this;

        public AzuriteContainer Build() => new();
    }

    public sealed class AzuriteContainer : DockerContainer
    {
        public string GetConnectionString() => throw new NotSupportedException("stand-in");
    }
}

#endregion
