// Minimal stand-ins for DataShapes/, under the libraries' real namespaces and type names, so that its files read like
// real data and messaging integration code without any package the corpus project does not reference: RabbitMQ.Client,
// Confluent.Kafka, Azure Service Bus, Event Hubs and Blob Storage, NATS.Client.Core, Microsoft.Data.SqlClient, Npgsql,
// the MongoDB driver's client (Support/GatewayStandIns.cs has MongoClientSettings), the Redis distributed cache's options
// (Support/GatewayStandIns.cs has StackExchange.Redis's ConfigurationOptions), Elastic.Clients.Elasticsearch and
// Elastic.Transport, OpenSearch.Client and OpenSearch.Net, the AWS SDK's S3 client and Lambda event types, MinIO,
// grpc-dotnet and Grpc.Core, Dapr's client, VaultSharp, the Azure Functions isolated worker, and Testcontainers' SQL
// Server and RabbitMQ modules (Support/ModernShapesStandIns.cs has the PostgreSQL module). Only the members DataShapes
// calls exist; nothing here is ever run. No URL, key or password literal. No labels: every line here is a negative.
//
// The other Support/*.cs files already declare xUnit (Fact, Theory, InlineData, Trait, Assert, IAsyncLifetime),
// Microsoft.Extensions.Hosting's Host and IHostEnvironment, Azure.Identity's DefaultAzureCredential, ASP.NET Core's
// HttpContext and Testcontainers' ContainerBuilder; nothing of theirs is repeated here.

using System.Data.Common;
using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;

#region System.BinaryData (System.Memory.Data)

namespace System
{
    public sealed class BinaryData(byte[] data)
    {
        public T? ToObjectFromJson<T>(JsonSerializerOptions? options = null) => JsonSerializer.Deserialize<T>(data, options);

        public byte[] ToArray() => data;

        public override string ToString() => Text.Encoding.UTF8.GetString(data);
    }
}

#endregion

#region RabbitMQ.Client (7.x)

namespace RabbitMQ.Client
{
    public sealed class SslOption
    {
        public bool Enabled { get; set; }

        public string ServerName { get; set; } = "";

        public SslProtocols Version { get; set; } = SslProtocols.None;

        public SslPolicyErrors AcceptablePolicyErrors { get; set; } = SslPolicyErrors.None;

        public RemoteCertificateValidationCallback? CertificateValidationCallback { get; set; }
    }

    public sealed class ConnectionFactory
    {
        public Uri? Uri { get; set; }

        public string HostName { get; set; } = "";

        public int Port { get; set; } = -1;

        public string VirtualHost { get; set; } = "/";

        public string UserName { get; set; } = "";

        public string Password { get; set; } = "";

        public string? ClientProvidedName { get; set; }

        public bool AutomaticRecoveryEnabled { get; set; } = true;

        public SslOption Ssl { get; set; } = new();

        public Task<IConnection> CreateConnectionAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");
    }

    public interface IConnection : IAsyncDisposable
    {
        Task<IChannel> CreateChannelAsync(CancellationToken cancellationToken = default);
    }

    public interface IChannel : IAsyncDisposable
    {
        ValueTask BasicPublishAsync(string exchange, string routingKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default);
    }
}

#endregion

#region Confluent.Kafka

namespace Confluent.Kafka
{
    using System.Collections;

    public enum SecurityProtocol
    {
        Plaintext,
        Ssl,
        SaslPlaintext,
        SaslSsl,
    }

    public enum SaslMechanism
    {
        Gssapi,
        Plain,
        ScramSha256,
        ScramSha512,
        OAuthBearer,
    }

    public enum SslEndpointIdentificationAlgorithm
    {
        None,
        Https,
    }

    public enum Acks
    {
        None = 0,
        Leader = 1,
        All = -1,
    }

    public enum AutoOffsetReset
    {
        Latest,
        Earliest,
        Error,
    }

    public class Config : IEnumerable<KeyValuePair<string, string>>
    {
        protected readonly Dictionary<string, string> Properties = [];

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Properties.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        protected void Set(string key, object? value)
        {
            if (value is null)
            {
                Properties.Remove(key);
            }
            else
            {
                Properties[key] = value.ToString()!;
            }
        }

        protected string? Get(string key) => Properties.TryGetValue(key, out var value) ? value : null;
    }

    public class ClientConfig : Config
    {
        public string? BootstrapServers { get => Get("bootstrap.servers"); set => Set("bootstrap.servers", value); }

        public SecurityProtocol? SecurityProtocol { get; set; }

        public SaslMechanism? SaslMechanism { get; set; }

        public string? SaslUsername { get => Get("sasl.username"); set => Set("sasl.username", value); }

        public string? SaslPassword { get => Get("sasl.password"); set => Set("sasl.password", value); }

        public string? SslCaLocation { get => Get("ssl.ca.location"); set => Set("ssl.ca.location", value); }

        public SslEndpointIdentificationAlgorithm? SslEndpointIdentificationAlgorithm { get; set; }

        public bool? EnableSslCertificateVerification { get; set; }

        public string? ClientId { get => Get("client.id"); set => Set("client.id", value); }
    }

    public sealed class ProducerConfig : ClientConfig
    {
        public bool? EnableIdempotence { get; set; }

        public Acks? Acks { get; set; }
    }

    public sealed class ConsumerConfig : ClientConfig
    {
        public string? GroupId { get => Get("group.id"); set => Set("group.id", value); }

        public AutoOffsetReset? AutoOffsetReset { get; set; }

        public bool? EnableAutoCommit { get; set; }
    }

    public sealed class Error(int code, string reason)
    {
        public int Code { get; } = code;

        public string Reason { get; } = reason;
    }

    public sealed class LogMessage(string facility, string message)
    {
        public string Facility { get; } = facility;

        public string Message { get; } = message;
    }

    public interface IHeader
    {
        string Key { get; }

        byte[] GetValueBytes();
    }

    public sealed class Headers : IEnumerable<IHeader>
    {
        private readonly List<IHeader> _headers = [];

        public void Add(string key, byte[] val) => _headers.Add(new Header(key, val));

        public bool TryGetLastBytes(string key, out byte[] lastHeader)
        {
            var found = _headers.LastOrDefault(h => h.Key == key);
            lastHeader = found?.GetValueBytes() ?? [];
            return found is not null;
        }

        public IEnumerator<IHeader> GetEnumerator() => _headers.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed record Header(string Key, byte[] Value) : IHeader
        {
            public byte[] GetValueBytes() => Value;
        }
    }

    public class Message<TKey, TValue>
    {
        public TKey Key { get; set; } = default!;

        public TValue Value { get; set; } = default!;

        public Headers Headers { get; set; } = new();
    }

    public readonly record struct Offset(long Value);

    public sealed class ConsumeResult<TKey, TValue>
    {
        public Message<TKey, TValue> Message { get; set; } = new();

        public string Topic { get; set; } = "";

        public Offset Offset { get; set; }
    }

    public interface IProducer<TKey, TValue> : IDisposable
    {
        Task ProduceAsync(string topic, Message<TKey, TValue> message, CancellationToken cancellationToken = default);
    }

    public interface IConsumer<TKey, TValue> : IDisposable
    {
        ConsumeResult<TKey, TValue> Consume(CancellationToken cancellationToken = default);
    }

    public sealed class ProducerBuilder<TKey, TValue>(IEnumerable<KeyValuePair<string, string>> config)
    {
        public IEnumerable<KeyValuePair<string, string>> Config { get; } = config;

        public ProducerBuilder<TKey, TValue> SetErrorHandler(Action<IProducer<TKey, TValue>, Error> errorHandler) => this;

        public ProducerBuilder<TKey, TValue> SetLogHandler(Action<IProducer<TKey, TValue>, LogMessage> logHandler) => this;

        public IProducer<TKey, TValue> Build() => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region Azure Service Bus, Event Hubs, Blob Storage

namespace Azure.Messaging.ServiceBus
{
    public enum ServiceBusTransportType
    {
        AmqpTcp,
        AmqpWebSockets,
    }

    public sealed class ServiceBusClientOptions
    {
        public ServiceBusTransportType TransportType { get; set; }
    }

    public sealed class ServiceBusClient : IAsyncDisposable
    {
        public ServiceBusClient(string connectionString)
        {
        }

        public ServiceBusClient(string connectionString, ServiceBusClientOptions options)
        {
        }

        public ServiceBusClient(string fullyQualifiedNamespace, TokenCredential credential)
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public sealed class ServiceBusReceivedMessage
    {
        public string MessageId { get; init; } = "";

        public int DeliveryCount { get; init; }

        public BinaryData Body { get; init; } = new([]);

        public IReadOnlyDictionary<string, object> ApplicationProperties { get; init; } = new Dictionary<string, object>();
    }
}

namespace Azure.Messaging.EventHubs.Producer
{
    public sealed class EventHubProducerClient : IAsyncDisposable
    {
        public EventHubProducerClient(string connectionString)
        {
        }

        public EventHubProducerClient(string fullyQualifiedNamespace, string eventHubName, TokenCredential credential)
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

namespace Azure.Storage.Sas
{
    [Flags]
    public enum BlobSasPermissions
    {
        Read = 1,
        Add = 2,
        Create = 4,
        Write = 8,
        Delete = 16,
        List = 32,
    }
}

namespace Azure.Storage.Blobs
{
    using Azure.Storage.Sas;

    public sealed class BlobServiceClient
    {
        public BlobServiceClient(string connectionString)
        {
        }

        public BlobServiceClient(Uri serviceUri, TokenCredential credential)
        {
        }

        public BlobContainerClient GetBlobContainerClient(string blobContainerName) => new("", blobContainerName);
    }

    public sealed class BlobContainerClient(string connectionString, string blobContainerName)
    {
        public string Name { get; } = blobContainerName;

        internal string ConnectionString { get; } = connectionString;

        public BlobClient GetBlobClient(string blobName) => new(blobName);
    }

    public sealed class BlobClient(string name)
    {
        public string Name { get; } = name;

        public Uri GenerateSasUri(BlobSasPermissions permissions, DateTimeOffset expiresOn) => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region NATS.Client.Core

namespace NATS.Client.Core
{
    public enum TlsMode
    {
        Auto,
        Disable,
        Prefer,
        Require,
        Implicit,
    }

    public sealed record NatsTlsOpts
    {
        public TlsMode Mode { get; init; }

        public bool InsecureSkipVerify { get; init; }

        public string? CaFile { get; init; }
    }

    public sealed record NatsAuthOpts
    {
        public string? Username { get; init; }

        public string? Password { get; init; }

        public string? Token { get; init; }
    }

    public sealed record NatsOpts
    {
        public string Url { get; init; } = "";

        public string Name { get; init; } = "";

        public NatsTlsOpts TlsOpts { get; init; } = new();

        public NatsAuthOpts AuthOpts { get; init; } = new();
    }

    public sealed class NatsConnection(NatsOpts opts) : IAsyncDisposable
    {
        public NatsOpts Opts { get; } = opts;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

#endregion

#region Microsoft.Data.SqlClient, Npgsql

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnectionEncryptOption
    {
        private SqlConnectionEncryptOption(string value) => Value = value;

        public static SqlConnectionEncryptOption Optional { get; } = new("False");

        public static SqlConnectionEncryptOption Mandatory { get; } = new("True");

        public static SqlConnectionEncryptOption Strict { get; } = new("Strict");

        private string Value { get; }

        public static implicit operator SqlConnectionEncryptOption(bool value) => value ? Mandatory : Optional;

        public override string ToString() => Value;
    }

    public sealed class SqlConnectionStringBuilder : DbConnectionStringBuilder
    {
        public SqlConnectionStringBuilder()
        {
        }

        public SqlConnectionStringBuilder(string? connectionString) => ConnectionString = connectionString ?? "";

        public string DataSource { get => Read("Data Source"); set => this["Data Source"] = value; }

        public string InitialCatalog { get => Read("Initial Catalog"); set => this["Initial Catalog"] = value; }

        public string UserID { get => Read("User ID"); set => this["User ID"] = value; }

        public string Password { get => Read("Password"); set => this["Password"] = value; }

        public string ApplicationName { get => Read("Application Name"); set => this["Application Name"] = value; }

        public int ConnectTimeout { get; set; } = 15;

        public SqlConnectionEncryptOption Encrypt { get; set; } = SqlConnectionEncryptOption.Mandatory;

        public bool TrustServerCertificate
        {
            get => bool.TryParse(Read("TrustServerCertificate"), out var value) && value;
            set => this["TrustServerCertificate"] = value;
        }

        private string Read(string keyword) => TryGetValue(keyword, out var value) ? value?.ToString() ?? "" : "";
    }

    public sealed class SqlConnection(string connectionString) : IAsyncDisposable
    {
        public string ConnectionString { get; } = connectionString;

        public Task OpenAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

namespace Npgsql
{
    public enum SslMode
    {
        Disable,
        Allow,
        Prefer,
        Require,
        VerifyCA,
        VerifyFull,
    }

    public sealed class NpgsqlConnectionStringBuilder : DbConnectionStringBuilder
    {
        public NpgsqlConnectionStringBuilder()
        {
        }

        public NpgsqlConnectionStringBuilder(string? connectionString) => ConnectionString = connectionString ?? "";

        public string? Host { get => Read("Host"); set => this["Host"] = value; }

        public string? Username { get => Read("Username"); set => this["Username"] = value; }

        public string? Password { get => Read("Password"); set => this["Password"] = value; }

        public string? Database { get => Read("Database"); set => this["Database"] = value; }

        public SslMode SslMode
        {
            get => Enum.TryParse<SslMode>(Read("SSL Mode"), true, out var mode) ? mode : SslMode.Prefer;
            set => this["SSL Mode"] = value.ToString();
        }

        private string? Read(string keyword) => TryGetValue(keyword, out var value) ? value?.ToString() : null;
    }

    public sealed class NpgsqlDataSource : IAsyncDisposable
    {
        private NpgsqlDataSource()
        {
        }

        public static NpgsqlDataSource Create(string connectionString) => new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

#endregion

#region MongoDB.Driver (client), the Redis distributed cache

namespace MongoDB.Driver
{
    public interface IMongoDatabase
    {
        string DatabaseName { get; }
    }

    public sealed class MongoClient
    {
        public MongoClient(string connectionString)
        {
        }

        public MongoClient(MongoClientSettings settings)
        {
        }

        public IMongoDatabase GetDatabase(string name) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.Extensions.Caching.StackExchangeRedis
{
    public sealed class RedisCacheOptions
    {
        public string? Configuration { get; set; }

        public string? InstanceName { get; set; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using Microsoft.Extensions.Caching.StackExchangeRedis;

    public static class StackExchangeRedisCacheServiceCollectionExtensions
    {
        public static IServiceCollection AddStackExchangeRedisCache(this IServiceCollection services, Action<RedisCacheOptions> setupAction) => services;
    }
}

#endregion

#region Elastic.Clients.Elasticsearch, Elastic.Transport

namespace Elastic.Transport
{
    public abstract class AuthorizationHeader;

    public sealed class BasicAuthentication(string username, string password) : AuthorizationHeader
    {
        internal string Username { get; } = username;

        internal string Password { get; } = password;
    }

    public sealed class ApiKey(string apiKey) : AuthorizationHeader
    {
        internal string Value { get; } = apiKey;
    }

    public sealed class ApiCallDetails
    {
        public int? HttpStatusCode { get; init; }

        public bool HasSuccessfulStatusCode { get; init; }

        public string DebugInformation { get; init; } = "";
    }

    public static class CertificateValidations
    {
        public static bool AllowAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => true;

        public static bool DenyAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => false;

        public static Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool> AuthorityIsRoot(X509Certificate caCertificate)
            => (_, _, _, errors) => errors == SslPolicyErrors.None;
    }
}

namespace Elastic.Clients.Elasticsearch
{
    using Elastic.Transport;

    public sealed class ElasticsearchClientSettings
    {
        public ElasticsearchClientSettings(Uri uri)
        {
        }

        public ElasticsearchClientSettings(string cloudId, AuthorizationHeader credentials)
        {
        }

        public ElasticsearchClientSettings Authentication(AuthorizationHeader header) => this;

        public ElasticsearchClientSettings CertificateFingerprint(string fingerprint) => this;

        public ElasticsearchClientSettings ServerCertificateValidationCallback(Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool> callback) => this;

        public ElasticsearchClientSettings DefaultIndex(string defaultIndex) => this;

        public ElasticsearchClientSettings DisableDirectStreaming(bool b = true) => this;

        public ElasticsearchClientSettings OnRequestCompleted(Action<ApiCallDetails> handler) => this;
    }

    public sealed class ElasticsearchClient(ElasticsearchClientSettings settings)
    {
        public ElasticsearchClientSettings Settings { get; } = settings;

        public Task<IndexResponse> IndexAsync<TDocument>(TDocument document, CancellationToken cancellationToken = default)
            => Task.FromResult(new IndexResponse());
    }

    public sealed class IndexResponse
    {
        public bool IsValidResponse { get; init; } = true;

        public string Id { get; init; } = "";
    }
}

#endregion

#region OpenSearch.Client, OpenSearch.Net

namespace OpenSearch.Net
{
    public interface IConnectionPool;

    public sealed class SingleNodeConnectionPool(Uri uri) : IConnectionPool
    {
        public Uri Uri { get; } = uri;
    }

    public static class CertificateValidations
    {
        public static bool AllowAll(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors) => true;
    }
}

namespace OpenSearch.Client
{
    using OpenSearch.Net;

    public sealed class ConnectionSettings
    {
        public ConnectionSettings(Uri uri)
        {
        }

        public ConnectionSettings(IConnectionPool connectionPool)
        {
        }

        public ConnectionSettings BasicAuthentication(string? username, string? password) => this;

        public ConnectionSettings ServerCertificateValidationCallback(Func<object, X509Certificate, X509Chain, SslPolicyErrors, bool> callback) => this;

        public ConnectionSettings DefaultIndex(string defaultIndex) => this;
    }

    public interface IOpenSearchClient
    {
        Task<bool> PingAsync(CancellationToken ct = default);
    }

    public sealed class OpenSearchClient(ConnectionSettings connectionSettings) : IOpenSearchClient
    {
        public ConnectionSettings Settings { get; } = connectionSettings;

        public Task<bool> PingAsync(CancellationToken ct = default) => Task.FromResult(true);
    }
}

#endregion

#region AWS SDK (S3, Lambda)

namespace Amazon
{
    public sealed class RegionEndpoint
    {
        private RegionEndpoint(string systemName) => SystemName = systemName;

        public string SystemName { get; }

        public static RegionEndpoint EUCentral1 { get; } = new("eu-central-1");

        public static RegionEndpoint EUWest1 { get; } = new("eu-west-1");
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials;

    public sealed class BasicAWSCredentials(string? accessKey, string? secretKey) : AWSCredentials
    {
        internal string? AccessKey { get; } = accessKey;

        internal string? SecretKey { get; } = secretKey;
    }
}

namespace Amazon.S3.Model
{
    public sealed class ListObjectsV2Request
    {
        public string BucketName { get; set; } = "";

        public int? MaxKeys { get; set; }
    }

    public sealed class ListObjectsV2Response
    {
        public HttpStatusCode HttpStatusCode { get; set; }
    }

    public sealed class GetPreSignedUrlRequest
    {
        public string BucketName { get; set; } = "";

        public string Key { get; set; } = "";

        public DateTime Expires { get; set; }
    }
}

namespace Amazon.S3
{
    using Amazon.Runtime;
    using Amazon.S3.Model;

    public sealed class AmazonS3Config
    {
        public string? ServiceURL { get; set; }

        public bool ForcePathStyle { get; set; }

        public RegionEndpoint? RegionEndpoint { get; set; }
    }

    public interface IAmazonS3 : IDisposable
    {
        Task<ListObjectsV2Response> ListObjectsV2Async(ListObjectsV2Request request, CancellationToken cancellationToken = default);

        string GetPreSignedURL(GetPreSignedUrlRequest request);
    }

    public sealed class AmazonS3Client : IAmazonS3
    {
        public AmazonS3Client(AWSCredentials credentials, RegionEndpoint region)
        {
        }

        public AmazonS3Client(AWSCredentials credentials, AmazonS3Config clientConfig)
        {
        }

        public Task<ListObjectsV2Response> ListObjectsV2Async(ListObjectsV2Request request, CancellationToken cancellationToken = default)
            => Task.FromResult(new ListObjectsV2Response { HttpStatusCode = HttpStatusCode.OK });

        public string GetPreSignedURL(GetPreSignedUrlRequest request) => throw new NotSupportedException("stand-in");

        public void Dispose()
        {
        }
    }
}

namespace Amazon.Lambda.Core
{
    public interface ILambdaLogger
    {
        void LogLine(string message);

        void LogInformation(string message);

        void LogDebug(string message);

        void LogWarning(string message);

        void LogError(string message);
    }

    public interface ILambdaContext
    {
        string AwsRequestId { get; }

        string FunctionName { get; }

        ILambdaLogger Logger { get; }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Method)]
    public sealed class LambdaSerializerAttribute(Type serializerType) : Attribute
    {
        public Type SerializerType { get; } = serializerType;
    }
}

namespace Amazon.Lambda.APIGatewayEvents
{
    public sealed class APIGatewayProxyRequest
    {
        public sealed class ProxyRequestContext
        {
            public string RequestId { get; set; } = "";

            public string Stage { get; set; } = "";
        }

        public string Path { get; set; } = "";

        public string HttpMethod { get; set; } = "";

        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();

        public IDictionary<string, string> QueryStringParameters { get; set; } = new Dictionary<string, string>();

        public ProxyRequestContext RequestContext { get; set; } = new();

        public string Body { get; set; } = "";

        public bool IsBase64Encoded { get; set; }
    }

    public sealed class APIGatewayProxyResponse
    {
        public int StatusCode { get; set; }

        public string Body { get; set; } = "";

        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
    }
}

namespace Amazon.Lambda.SQSEvents
{
    public sealed class SQSEvent
    {
        public sealed class SQSMessage
        {
            public string MessageId { get; set; } = "";

            public string ReceiptHandle { get; set; } = "";

            public string Body { get; set; } = "";

            public string EventSourceArn { get; set; } = "";
        }

        public List<SQSMessage> Records { get; set; } = [];
    }

    public sealed class SQSBatchResponse
    {
        public sealed class BatchItemFailure
        {
            public string ItemIdentifier { get; set; } = "";
        }

        public List<BatchItemFailure> BatchItemFailures { get; set; } = [];
    }
}

#endregion

#region MinIO

namespace Minio
{
    public interface IMinioClient : IDisposable;

    public sealed class MinioClient : IMinioClient
    {
        public MinioClient WithEndpoint(string endpoint) => this;

        public MinioClient WithCredentials(string accessKey, string secretKey) => this;

        public MinioClient WithSSL(bool secure = true) => this;

        public MinioClient WithRegion(string region) => this;

        public IMinioClient Build() => this;

        public void Dispose()
        {
        }
    }
}

#endregion

#region gRPC (grpc-dotnet, Grpc.Core)

namespace Grpc.Core
{
    public abstract class ChannelCredentials
    {
        public static ChannelCredentials Insecure { get; } = new InsecureCredentials();

        public static ChannelCredentials SecureSsl { get; } = new SslCredentials();

        private sealed class InsecureCredentials : ChannelCredentials;

        private sealed class SslCredentials : ChannelCredentials;
    }

    public sealed class Channel(string host, int port, ChannelCredentials credentials)
    {
        public string Target { get; } = host + ":" + port;

        internal ChannelCredentials Credentials { get; } = credentials;

        public Task ShutdownAsync() => Task.CompletedTask;
    }
}

namespace Grpc.Net.Client
{
    using Grpc.Core;

    public sealed class GrpcChannelOptions
    {
        public ChannelCredentials? Credentials { get; set; }

        public HttpMessageHandler? HttpHandler { get; set; }

        public int? MaxReceiveMessageSize { get; set; }
    }

    public sealed class GrpcChannel : IDisposable
    {
        private GrpcChannel(string address) => Target = address;

        public string Target { get; }

        public static GrpcChannel ForAddress(string address) => new(address);

        public static GrpcChannel ForAddress(string address, GrpcChannelOptions channelOptions) => new(address);

        public void Dispose()
        {
        }
    }
}

#endregion

#region Dapr, VaultSharp

namespace Dapr.Client
{
    public abstract class DaprClient : IDisposable
    {
        public abstract Task<Dictionary<string, string>> GetSecretAsync(string storeName, string key, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

        public abstract Task<Dictionary<string, Dictionary<string, string>>> GetBulkSecretAsync(string storeName, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);

        public void Dispose()
        {
        }
    }

    public sealed class DaprClientBuilder
    {
        public DaprClientBuilder UseDaprApiToken(string? apiToken) => this;

        public DaprClientBuilder UseHttpEndpoint(string httpEndpoint) => this;

        public DaprClient Build() => throw new NotSupportedException("stand-in");
    }
}

namespace VaultSharp.V1.AuthMethods
{
    public interface IAuthMethodInfo;
}

namespace VaultSharp.V1.AuthMethods.Token
{
    public sealed class TokenAuthMethodInfo(string vaultToken) : IAuthMethodInfo
    {
        public string VaultToken { get; } = vaultToken;
    }
}

namespace VaultSharp.V1.AuthMethods.AppRole
{
    public sealed class AppRoleAuthMethodInfo(string roleId, string? secretId) : IAuthMethodInfo
    {
        public string RoleId { get; } = roleId;

        public string? SecretId { get; } = secretId;
    }
}

namespace VaultSharp
{
    using VaultSharp.V1.AuthMethods;

    public sealed class VaultClientSettings(string vaultServerUriWithPort, IAuthMethodInfo authMethodInfo)
    {
        public string VaultServerUriWithPort { get; } = vaultServerUriWithPort;

        public IAuthMethodInfo AuthMethodInfo { get; } = authMethodInfo;
    }

    public interface IVaultClient
    {
        VaultClientSettings Settings { get; }
    }

    public sealed class VaultClient(VaultClientSettings vaultClientSettings) : IVaultClient
    {
        public VaultClientSettings Settings { get; } = vaultClientSettings;
    }
}

#endregion

#region Azure Functions (isolated worker)

namespace Microsoft.Azure.Functions.Worker
{
    using global::Azure.Messaging.ServiceBus;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class FunctionAttribute(string name) : Attribute
    {
        public string Name { get; } = name;
    }

    public enum AuthorizationLevel
    {
        Anonymous,
        User,
        Function,
        System,
        Admin,
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods) : Attribute
    {
        public AuthorizationLevel AuthLevel { get; } = authLevel;

        public string[] Methods { get; } = methods;

        public string? Route { get; set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class ServiceBusTriggerAttribute : Attribute
    {
        public ServiceBusTriggerAttribute(string queueName) => QueueName = queueName;

        public ServiceBusTriggerAttribute(string topicName, string subscriptionName)
        {
            TopicName = topicName;
            SubscriptionName = subscriptionName;
        }

        public string? QueueName { get; }

        public string? TopicName { get; }

        public string? SubscriptionName { get; }

        public string? Connection { get; set; }
    }

    public class ServiceBusMessageActions
    {
        public virtual Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public virtual Task DeadLetterMessageAsync(ServiceBusReceivedMessage message, Dictionary<string, object>? propertiesToModify = null, string? deadLetterReason = null, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

namespace Microsoft.Azure.Functions.Worker.Http
{
    using System.Net.Http.Headers;

    public sealed class HttpHeadersCollection : HttpHeaders;

    public sealed class HttpResponseData(HttpStatusCode statusCode)
    {
        public HttpStatusCode StatusCode { get; set; } = statusCode;

        public HttpHeadersCollection Headers { get; } = new();

        public Task WriteStringAsync(string value, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public sealed class HttpRequestData
    {
        public HttpHeadersCollection Headers { get; } = new();

        public Stream Body { get; init; } = Stream.Null;

        public Uri? Url { get; init; }

        public string Method { get; init; } = "POST";

        public HttpResponseData CreateResponse(HttpStatusCode statusCode) => new(statusCode);
    }
}

#endregion

#region Testcontainers (SQL Server, RabbitMQ; PostgreSQL's connection string)

namespace Testcontainers.MsSql
{
    using DotNet.Testcontainers.Containers;

    public sealed class MsSqlBuilder
    {
        public MsSqlBuilder WithImage(string image) => this;

        public MsSqlBuilder WithPassword(string password) => this;

        public MsSqlContainer Build() => new();
    }

    public sealed class MsSqlContainer : DockerContainer
    {
        public string GetConnectionString() => throw new NotSupportedException("stand-in");
    }
}

namespace Testcontainers.RabbitMq
{
    using DotNet.Testcontainers.Containers;

    public sealed class RabbitMqBuilder
    {
        public RabbitMqBuilder WithImage(string image) => this;

        public RabbitMqBuilder WithUsername(string username) => this;

        public RabbitMqBuilder WithPassword(string password) => this;

        public RabbitMqContainer Build() => new();
    }

    public sealed class RabbitMqContainer : DockerContainer
    {
        public string GetConnectionString() => throw new NotSupportedException("stand-in");
    }
}

namespace Testcontainers.PostgreSql
{
    // The real PostgreSqlContainer declares GetConnectionString itself; Support/ModernShapesStandIns.cs's stand-in has
    // no body to add it to, so here it is an extension, which reads the same at the call site.
    public static class PostgreSqlContainerConnectionStrings
    {
        public static string GetConnectionString(this PostgreSqlContainer container) => throw new NotSupportedException("stand-in");
    }
}

#endregion
