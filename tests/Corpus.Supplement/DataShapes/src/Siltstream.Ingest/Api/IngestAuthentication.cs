using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DataShapes.Siltstream.Ingest.Api;

public sealed class IngestApiOptions
{
    /// <summary>Tokens of the partner systems that may post batches, one per partner.</summary>
    public List<string> IngestTokens { get; set; } = [];

    /// <summary>Ids of tokens that were revoked but are still in <see cref="IngestTokens"/> until the next deployment.</summary>
    public HashSet<string> RevokedTokenIds { get; set; } = [];
}

/// <summary>Authenticates the partners that post batches to the ingest API.</summary>
public sealed class IngestAuthentication(IOptionsMonitor<IngestApiOptions> options)
{
    public const string TokenHeader = "X-Ingest-Token";

    public bool IsAuthorized(HttpContext context)
    {
        if (!context.Request.Headers.TryGetValue(TokenHeader, out var headerValues))
        {
            return false;
        }

        var ingestToken = headerValues.ToString();
        return options.CurrentValue.IngestTokens.Contains(ingestToken);  // expect: timing
    }

    public bool IsRevoked(string tokenId) => options.CurrentValue.RevokedTokenIds.Contains(tokenId);  // expect: none
}
