using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ToolShapes.Keystile.AspNetCore.Authentication.ApiKey;

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    public const string DefaultScheme = "ApiKey";

    public string HeaderName { get; set; } = "X-Api-Key";

    /// <summary>Single-key mode: the one key every caller presents.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Several keys, one per calling service, in the order they were issued.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Keys stored as upper-case hex SHA-256, as the admin UI writes them.</summary>
    public List<string> ApiKeyHashes { get; set; } = [];

    /// <summary>Owner names by key, for the principal's name claim.</summary>
    public Dictionary<string, string> KeyOwners { get; set; } = new(StringComparer.Ordinal);
}

public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Options.HeaderName, out var headerValues))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var apiKey = headerValues.ToString();
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return Task.FromResult(AuthenticateResult.Fail("Empty API key"));
        }

        if (Options.ApiKey is not null && apiKey == Options.ApiKey)  // expect: timing
        {
            return Task.FromResult(Success("api-key"));
        }

        if (Options.ApiKeys.Contains(apiKey))  // expect: timing
        {
            return Task.FromResult(Success(Options.KeyOwners.TryGetValue(apiKey, out var owner) ? owner : "api-key"));
        }

        var presentedHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
        if (Options.ApiKeyHashes.Contains(presentedHash))  // expect: none
        {
            return Task.FromResult(Success("hashed-api-key"));
        }

        Logger.LogWarning(
            "Rejected API key {ApiKey} on {Path}",
            apiKey,  // expect: log
            Request.Path.Value);
        Logger.LogDebug("Rejected key ends in {KeySuffix}", apiKey[^4..]);  // expect: none
        return Task.FromResult(AuthenticateResult.Fail("Invalid API key"));
    }

    private AuthenticateResult Success(string owner)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, owner)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), null, Scheme.Name));
    }
}

public static class ApiKeyAuthenticationExtensions
{
    public static AuthenticationBuilder AddApiKey(this AuthenticationBuilder builder, Action<ApiKeyAuthenticationOptions>? configure = null) =>
        builder.AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationOptions.DefaultScheme, configure);
}
