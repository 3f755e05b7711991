// Minimal stand-ins, under the libraries' real namespaces and type names, for the options types that Gateway/ and
// Tests/GatewayConfigTests.cs configure: YARP's cluster configuration (HttpClientConfig with its nullable
// SslProtocols and DangerousAcceptAnyServerCertificate), StackExchange.Redis's ConfigurationOptions (a
// CertificateValidation event) and the MongoDB driver's client settings. Only the members the corpus uses exist;
// nothing here is ever run. No labels: every line here is a negative.

using System.Net.Security;
using System.Security.Authentication;

#region YARP

namespace Yarp.ReverseProxy.Configuration
{
    public sealed record HttpClientConfig
    {
        public SslProtocols? SslProtocols { get; init; }

        public bool? DangerousAcceptAnyServerCertificate { get; init; }

        public int? MaxConnectionsPerServer { get; init; }

        public bool? EnableMultipleHttp2Connections { get; init; }
    }

    public sealed record DestinationConfig
    {
        public string Address { get; init; } = "";
    }

    public sealed record ClusterConfig
    {
        public string ClusterId { get; init; } = "";

        public IReadOnlyDictionary<string, DestinationConfig>? Destinations { get; init; }

        public HttpClientConfig? HttpClient { get; init; }
    }
}

#endregion

#region StackExchange.Redis

namespace StackExchange.Redis
{
    public sealed class ConfigurationOptions
    {
        public event RemoteCertificateValidationCallback? CertificateValidation;

        public List<string> EndPoints { get; } = [];

        public bool Ssl { get; set; }

        public string? SslHost { get; set; }

        public bool CheckCertificateRevocation { get; set; } = true;

        public bool AbortOnConnectFail { get; set; } = true;

        internal bool HasCertificateValidation => CertificateValidation is not null;
    }

    public sealed class ConnectionMultiplexer : IDisposable
    {
        private ConnectionMultiplexer()
        {
        }

        public bool IsConnected { get; private set; }

        public static Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
            => Task.FromResult(new ConnectionMultiplexer { IsConnected = configuration.EndPoints.Count > 0 });

        public void Dispose()
        {
        }
    }
}

#endregion

#region MongoDB.Driver

namespace MongoDB.Driver
{
    public sealed class SslSettings
    {
        public bool CheckCertificateRevocation { get; set; } = true;

        public SslProtocols EnabledSslProtocols { get; set; } = SslProtocols.None;
    }

    public sealed class MongoClientSettings
    {
        public string ApplicationName { get; set; } = "";

        public bool UseTls { get; set; }

        public bool AllowInsecureTls { get; set; }

        public SslSettings? SslSettings { get; set; }

        public override bool Equals(object? obj)
            => obj is MongoClientSettings other && other.ApplicationName == ApplicationName && other.UseTls == UseTls
               && other.AllowInsecureTls == AllowInsecureTls;

        public override int GetHashCode() => HashCode.Combine(ApplicationName, UseTls, AllowInsecureTls);
    }
}

#endregion

#region The gateway's token signer (exercised by Tests/GatewayConfigTests.cs)

namespace Corpus.Supplement.Gateway
{
    using System.Security.Cryptography;
    using System.Text;

    public static class GatewayTokens
    {
        public static string Sign(string payloadJson, byte[] key)
        {
            var header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
            var payload = Base64Url(Encoding.UTF8.GetBytes(payloadJson));
            var signature = Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(header + "." + payload)));
            return header + "." + payload + "." + signature;
        }

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

#endregion
