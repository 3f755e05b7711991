using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace ToolShapes.Nimbuskey.Credentials.Gcp;

/// <summary>The default service account's token from the GCE/GKE metadata server.</summary>
public sealed class MetadataServerTokenSource(HttpClient http)
{
    public async Task<CachedToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MetadataEndpoints.GcpAccessToken);
        request.Headers.Add("Metadata-Flavor", "Google");
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<GcpToken>(cancellationToken) ?? throw new CredentialUnavailableException("Empty metadata token");
        return new CachedToken(token.AccessToken, DateTimeOffset.UtcNow.AddSeconds(token.ExpiresIn));
    }

    private sealed class GcpToken
    {
        [JsonPropertyName("access_token")]
        public string AccessToken { get; set; } = "";

        [JsonPropertyName("expires_in")]
        public int ExpiresIn { get; set; }
    }
}
