using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Nimbuskey.Credentials.Azure;

public sealed class EntraClientOptions
{
    public string TenantId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }
}

/// <summary>Azure IMDS managed identity first, a client secret second.</summary>
public sealed class ManagedIdentityTokenSource(HttpClient http, TokenCache cache, EntraClientOptions options, ILogger<ManagedIdentityTokenSource> logger)
{
    public async Task<CachedToken> GetTokenAsync(string resource, CancellationToken cancellationToken)
    {
        var cacheKey = TokenCache.CacheKey(options.TenantId, options.ClientId, resource);
        if (cache.TryGet(cacheKey, out var cached))
        {
            return cached;
        }

        using var imds = new HttpRequestMessage(HttpMethod.Get, $"{MetadataEndpoints.AzureImdsToken}?api-version=2019-08-01&resource={Uri.EscapeDataString(resource)}");
        imds.Headers.Add("Metadata", "true");
        using var imdsResponse = await http.SendAsync(imds, cancellationToken);
        TokenResponse? token = imdsResponse.IsSuccessStatusCode ? await imdsResponse.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken) : null;

        if (token is null && options.ClientSecret is { Length: > 0 })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = options.ClientId,
                ["client_secret"] = options.ClientSecret,
                ["scope"] = resource.TrimEnd('/') + "/.default",
            });
            using var response = await http.PostAsync($"https://login.microsoftonline.com/{options.TenantId}/oauth2/v2.0/token", form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new CredentialUnavailableException($"Entra ID refused client {options.ClientId} with secret {options.ClientSecret}: {body}");  // expect: log
            }

            token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        }

        if (token is null)
        {
            throw new CredentialUnavailableException("Neither managed identity nor a client secret is available");
        }

        var result = new CachedToken(token.AccessToken, DateTimeOffset.UtcNow.AddSeconds(token.ExpiresIn));
        cache.Set(cacheKey, result);
        logger.LogDebug("Got {Token} for {Resource}", result, resource);  // expect: none
        return result;
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string AccessToken { get; set; } = "";

        [JsonPropertyName("expires_in")]
        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public int ExpiresIn { get; set; }
    }
}
