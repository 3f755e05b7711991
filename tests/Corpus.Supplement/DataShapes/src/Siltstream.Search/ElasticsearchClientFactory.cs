using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Configuration;

namespace DataShapes.Siltstream.Search;

public static class ElasticsearchClientFactory
{
    // Elastic Cloud deployment id: the deployment's name, then base64 of its host and cluster UUIDs.
    private const string CatalogCloudId =
        "siltstream-prod:ZXVyb3BlLXdlc3QzLmdjcC5jbG91ZC5lcy5pbzo0NDMkNWMxZjBiOGUyZDdhNGMzZTliNmYxYTJkM2U0YzViNmEkOGUyYTRjNmIxZDNmNWE3YzllMGIyZDRmNmE4YzFlM2I=";  // expect: none

    public static ElasticsearchClient ForCatalog(IConfiguration configuration)
    {
        var settings = new ElasticsearchClientSettings(CatalogCloudId, new ApiKey(configuration["Elasticsearch:ApiKey"]!))
            .DefaultIndex("catalog");
        return new ElasticsearchClient(settings);
    }

    /// <summary>Self-managed cluster at the plant; security was auto-configured at first start, with its own CA.</summary>
    public static ElasticsearchClient ForPlantMetrics()
    {
        var settings = new ElasticsearchClientSettings(new Uri("https://es-plant.siltstream-data.com:9200"))
            .CertificateFingerprint("{{synthetic:64:hex}}")  // expect: none
            .Authentication(new BasicAuthentication("elastic", "{{synthetic:20:alnum}}"))  // expect: secret
            .DefaultIndex("plant-metrics");
        return new ElasticsearchClient(settings);
    }

    /// <summary>The logging cluster behind the ops load balancer, which terminates TLS with a self-signed certificate.</summary>
    public static ElasticsearchClient ForIngestLogs(string apiKey)
    {
        var settings = new ElasticsearchClientSettings(new Uri("https://logs-es.siltstream-data.com:9200"))
            .ServerCertificateValidationCallback(CertificateValidations.AllowAll)  // expect: tls
            .Authentication(new ApiKey(apiKey))
            .DefaultIndex("ingest-logs");
        return new ElasticsearchClient(settings);
    }

    /// <summary>The archive cluster: its HTTP layer uses the company CA, which the settings trust explicitly.</summary>
    public static ElasticsearchClient ForArchive(System.Security.Cryptography.X509Certificates.X509Certificate companyCa, string apiKey)
    {
        var settings = new ElasticsearchClientSettings(new Uri("https://es-archive.siltstream-data.com:9200"))
            .ServerCertificateValidationCallback(CertificateValidations.AuthorityIsRoot(companyCa))  // expect: none
            .Authentication(new ApiKey(apiKey))
            .DefaultIndex("archive");
        return new ElasticsearchClient(settings);
    }
}
