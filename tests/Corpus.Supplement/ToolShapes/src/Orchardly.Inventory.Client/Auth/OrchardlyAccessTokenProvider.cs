using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions.Authentication;

namespace ToolShapes.Orchardly.Inventory.Client.Auth;

/// <summary>
/// Client-credentials tokens for the Orchardly API, for Kiota's <see cref="BaseBearerTokenAuthenticationProvider"/>.
/// Tokens are only ever sent to the allowed hosts, and only over HTTPS.
/// </summary>
public sealed class OrchardlyAccessTokenProvider(HttpClient http, string clientId, string clientSecret, ILogger<OrchardlyAccessTokenProvider> logger, TimeProvider? time = null)
    : IAccessTokenProvider
{
    public const string TokenEndpoint = "https://auth.orchardly.io/oauth2/token";

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private TokenResponse? _cached;
    private DateTimeOffset _cachedUntil;

    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["api.orchardly.io", "sandbox.orchardly.io"]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        if (!string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Only https is supported", nameof(uri));
        }

        if (_cached is not null && _cachedUntil > _time.GetUtcNow().AddMinutes(1))
        {
            return _cached.AccessToken;
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = "inventory.read inventory.reserve",
        });
        using var response = await http.PostAsync(TokenEndpoint, form, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("Empty token response");

        logger.LogDebug(
            "Issued Orchardly token {AccessToken} for {Host}, expires in {ExpiresIn}s",
            token.AccessToken,  // expect: log
            uri.Host,
            token.ExpiresIn);
        logger.LogDebug("Token type {TokenType}, scope {Scope}", token.TokenType, token.Scope);

        _cached = token;
        _cachedUntil = _time.GetUtcNow().AddSeconds(token.ExpiresIn);
        return token.AccessToken;
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string AccessToken { get; set; } = "";

        [JsonPropertyName("token_type")]
        public string TokenType { get; set; } = "";

        [JsonPropertyName("expires_in")]
        public int ExpiresIn { get; set; }

        [JsonPropertyName("scope")]
        public string? Scope { get; set; }
    }
}
