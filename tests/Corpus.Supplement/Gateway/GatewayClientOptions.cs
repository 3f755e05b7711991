using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;
using StackExchange.Redis;
using Yarp.ReverseProxy.Configuration;

// The HRIS appliance in the data centre still speaks TLS 1.1 only (see the payroll-legacy cluster).
#pragma warning disable SYSLIB0039

namespace Corpus.Supplement.Gateway;

/// <summary>The gateway's own TLS settings for an upstream, bound from <c>Gateway:Upstreams:&lt;name&gt;:Tls</c>.</summary>
public sealed class UpstreamTlsOptions
{
    public bool ValidateServerCertificates { get; set; } = true;

    public bool TrustSelfSignedCertificates { get; set; }

    public bool IgnoreCertificateErrors { get; set; }

    public bool CheckCertificateRevocation { get; set; } = true;

    public bool AllowAutoRedirect { get; set; }

    public string? PinnedThumbprint { get; set; }
}

/// <summary>Builds the reverse proxy's clusters and the clients of the gateway's own stores.</summary>
public static class GatewayClientOptions
{
    public static IReadOnlyList<ClusterConfig> BuildClusters() =>
    [
        new ClusterConfig
        {
            ClusterId = "ledger",
            Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = "https://ledger.partner-payments.com/" } },
            HttpClient = new HttpClientConfig
            {
                DangerousAcceptAnyServerCertificate = false,  // expect: none
                SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,  // expect: none
                MaxConnectionsPerServer = 64,
            },
        },
        new ClusterConfig
        {
            ClusterId = "hris-onprem",
            Destinations = new Dictionary<string, DestinationConfig> { ["dc1"] = new() { Address = "https://hris01.corp.contoso.example:8443/" } },
            HttpClient = new HttpClientConfig
            {
                // The appliance presents the vendor's self-signed certificate.
                DangerousAcceptAnyServerCertificate = true,  // expect: tls
            },
        },
        new ClusterConfig
        {
            ClusterId = "payroll-legacy",
            Destinations = new Dictionary<string, DestinationConfig> { ["dc1"] = new() { Address = "https://payroll-gw.corp.contoso.example/" } },
            HttpClient = new HttpClientConfig
            {
                SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: tls
                EnableMultipleHttp2Connections = false,
            },
        },
    ];

    public static IReadOnlyDictionary<string, UpstreamTlsOptions> BuildUpstreamTls() => new Dictionary<string, UpstreamTlsOptions>
    {
        ["directory"] = new UpstreamTlsOptions
        {
            ValidateServerCertificates = true,  // expect: none
            IgnoreCertificateErrors = false,  // expect: none
            CheckCertificateRevocation = false,  // expect: none
        },
        ["partner-sftp-bridge"] = new UpstreamTlsOptions
        {
            ValidateServerCertificates = false,  // expect: tls
            AllowAutoRedirect = true,  // expect: none
        },
        ["ticketing-sandbox"] = new UpstreamTlsOptions
        {
            TrustSelfSignedCertificates = true,  // expect: tls
        },
    };

    public static MongoClientSettings BuildRouteStore() => new()
    {
        ApplicationName = "partner-gateway",
        UseTls = true,  // expect: none
        AllowInsecureTls = true,  // expect: tls
        SslSettings = new SslSettings
        {
            CheckCertificateRevocation = false,  // expect: none
        },
    };

    public static ConfigurationOptions BuildSessionCache(ILogger logger)
    {
        var cache = new ConfigurationOptions { Ssl = true, SslHost = "gateway-sessions.redis.cache.windows.net" };
        cache.EndPoints.Add("gateway-sessions.redis.cache.windows.net:6380");
        cache.CertificateValidation += (sender, certificate, chain, errors) =>  // expect: none
        {
            if (errors != SslPolicyErrors.None)
            {
                logger.LogWarning("Session cache certificate rejected: {Errors}", errors);
            }

            return errors == SslPolicyErrors.None;
        };
        return cache;
    }

    public static ConfigurationOptions BuildRateLimitCache(ILogger logger)
    {
        var cache = new ConfigurationOptions { Ssl = true, AbortOnConnectFail = false };
        cache.EndPoints.Add("rate-limits.gateway.internal:6380");
        cache.CertificateValidation += (sender, certificate, chain, errors) =>  // expect: tls
        {
            logger.LogDebug("Rate-limit cache certificate {Subject}: {Errors}", certificate?.Subject, errors);
            return true;
        };
        return cache;
    }

    /// <summary>While the session cache moves to the new cluster, whose certificate names the old host.</summary>
    public static void EnterCacheMigration(ConfigurationOptions cache)
        => cache.CertificateValidation += AcceptAnyDuringMigration;  // expect: tls

    public static void LeaveCacheMigration(ConfigurationOptions cache)
        => cache.CertificateValidation -= AcceptAnyDuringMigration;  // expect: none

    private static bool AcceptAnyDuringMigration(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        => true;
}
