using DataShapes.Siltstream.Pipelines.Customers;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Search;

/// <summary>Keeps the support tool's customer search index in step with the CRM.</summary>
public sealed class CustomerSearchIndexer
{
    private readonly ElasticsearchClient _client;
    private readonly ILogger<CustomerSearchIndexer> _logger;

    public CustomerSearchIndexer(IConfiguration configuration, ILogger<CustomerSearchIndexer> logger)
    {
        _logger = logger;
        var settings = new ElasticsearchClientSettings(new Uri(configuration["Elasticsearch:Url"]!))
            .CertificateFingerprint(configuration["Elasticsearch:CertificateFingerprint"]!)
            .Authentication(new ApiKey(configuration["Elasticsearch:ApiKey"]!))
            .DefaultIndex("customers");
        _client = new ElasticsearchClient(settings);
    }

    public async Task IndexAsync(CustomerExportRow row, CancellationToken cancellationToken)
    {
        var response = await _client.IndexAsync(row, cancellationToken);
        if (!response.IsValidResponse)
        {
            _logger.LogError("Indexing customer {CustomerId} failed", row.Id);
            throw new InvalidOperationException($"Could not index customer {row.Id}");
        }
    }
}
