using Microsoft.Extensions.Configuration;
using OpenSearch.Client;
using OpenSearch.Net;

namespace DataShapes.Siltstream.Search;

/// <summary>Writes the ingest audit trail to the security team's OpenSearch cluster.</summary>
public sealed class OpenSearchAuditIndex
{
    private readonly IOpenSearchClient _client;

    public OpenSearchAuditIndex(IConfiguration configuration)
    {
        var pool = new SingleNodeConnectionPool(new Uri(configuration["AuditSearch:Url"]!));
        var settings = new ConnectionSettings(pool)
            .BasicAuthentication(configuration["AuditSearch:User"], configuration["AuditSearch:Password"])  // expect: none
            .DefaultIndex("ingest-audit");
        _client = new OpenSearchClient(settings);
    }

    public Task<bool> IsReachableAsync(CancellationToken ct) => _client.PingAsync(ct);
}
