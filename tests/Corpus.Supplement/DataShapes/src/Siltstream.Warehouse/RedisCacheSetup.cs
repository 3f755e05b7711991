using System.Net.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DataShapes.Siltstream.Warehouse;

public static class RedisCacheSetup
{
    // The export portal's session store (Azure Cache for Redis with the non-TLS port enabled for the old portal).
    public const string PortalSessions =
        "siltstream-portal.redis.cache.windows.net:6379,password={{synthetic:44:alnum}}=,ssl=False,abortConnect=False";  // expect: secret, http

    public const string LocalSessions = "localhost:6379,ssl=false,abortConnect=false";  // expect: none

    public static IServiceCollection AddSiltstreamCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStackExchangeRedisCache(options =>
        {
            options.Configuration = configuration.GetConnectionString("Cache");
            options.InstanceName = "siltstream:";
        });
        return services;
    }

    /// <summary>The rate limiter's Redis, behind a TLS proxy whose certificate chains to an internal CA that the
    /// containers do not trust.</summary>
    public static ConfigurationOptions RateLimiter(string endpoint)
    {
        var options = new ConfigurationOptions { Ssl = true, SslHost = "ratelimit.siltstream-data.com", AbortOnConnectFail = false };
        options.EndPoints.Add(endpoint);
        options.CertificateValidation += (_, certificate, _, errors) =>  // expect: tls
            errors == SslPolicyErrors.None || certificate?.Subject == "CN=ratelimit.siltstream-data.com";
        return options;
    }
}
