using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using SecureConnectors;

namespace Corpus.Supplement.Identity;

public sealed class PartnerApiOptions
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string PublishableKey { get; set; } = "";
    public string ApiKeyId { get; set; } = "";
    public string PasswordPolicy { get; set; } = "";
    public SecretString SigningKey { get; set; } = null!;
    public string ServiceAccount { get; set; } = "";
    public string ServiceAccountPassword { get; set; } = "";
    public DateTimeOffset PasswordExpiresAt { get; set; }
}

public sealed class TokenResponse
{
    public string AccessToken { get; init; } = "";
    public string RefreshToken { get; init; } = "";
    public string TokenType { get; init; } = "";
    public int ExpiresIn { get; init; }
    public string Scope { get; init; } = "";
}

internal static partial class PartnerLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Token refreshed: {AccessToken}")]
    public static partial void TokenRefreshed(ILogger logger, string accessToken);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Token of type {TokenType} valid for {Seconds}s")]
    public static partial void TokenIssued(ILogger logger, string tokenType, int seconds);
}

/// <summary>OAuth client for a partner API: every way its credentials could end up in a log.</summary>
public sealed class TokenRefreshLogging(ILogger<TokenRefreshLogging> logger, PartnerApiOptions options)
{
    public void AfterRefresh(TokenResponse tokens, ConnectorCredential credential, string refreshToken, string webhookSecret, string idempotencyKey, string secretName)
    {
        PartnerLog.TokenRefreshed(logger, tokens.AccessToken);  // expect: log
        PartnerLog.TokenIssued(logger, tokens.TokenType, tokens.ExpiresIn);  // expect: none
        logger.Log(LogLevel.Trace, "Refresh token now {RefreshToken}", refreshToken);  // expect: log
        logger.LogInformation("Granted scopes {Scope}", tokens.Scope);  // expect: none
        logger.LogDebug("Using credential {Credential}", credential);  // expect: none
        logger.LogDebug("Signing with {SigningKey}", options.SigningKey);  // expect: none
        logger.LogTrace("Authorization: {Scheme} {Value}", credential.Scheme,
            credential.RevealHeaderValue());  // expect: log
        Debug.WriteLine("HMAC key in use: " + options.SigningKey.Reveal());  // expect: log
        Trace.TraceWarning("Webhook secret mismatch, configured {0}", webhookSecret);  // expect: log
        logger.LogInformation("Publishable key {PublishableKey}, key id {KeyId}", options.PublishableKey,
            options.ApiKeyId);  // expect: none
        logger.LogInformation("Posting with idempotency key {IdempotencyKey}", idempotencyKey);  // expect: none
        logger.LogInformation("Loading {SecretName} from the vault", secretName);  // expect: none
        logger.LogInformation("Password policy {Policy}, service password expires {ExpiresAt}", options.PasswordPolicy,
            options.PasswordExpiresAt);  // expect: none
        logger.LogInformation("Key configured: {Configured}, length {Length}", options.ApiKey.Length > 0,
            options.ApiKey.Length);  // expect: none
    }

    public void OnTokenFailure(Exception exception, string? overrideToken, string defaultToken)
    {
        logger.LogError(exception, "Token exchange failed for client {ClientId} using {ClientSecret}",
            options.ClientId,  // expect: none
            options.ClientSecret);  // expect: log
        logger.LogWarning(string.Format("Retrying with key {0}", options.ApiKey));  // expect: log
        logger.LogWarning("Falling back to {Token}", overrideToken ?? defaultToken);  // expect: log
        logger.LogWarning("{Setting} was rejected; rotate it", nameof(options.ClientSecret));  // expect: none
    }

    public void BasicAuthFailed(string password, string passwordHash)
    {
        logger.LogWarning("Service account {Account} rejected", options.ServiceAccount);  // expect: none
        logger.LogWarning("Password starts with {Prefix}", password.Substring(0, 2));  // expect: log
        logger.LogWarning("Stored hash {Hash} did not match", passwordHash);  // expect: log
        Console.Error.WriteLine($"Basic auth failed with {options.ServiceAccountPassword}");  // expect: log
        throw new ArgumentException("The password was rejected by the provider", nameof(password));  // expect: none
    }

    public void IdentifyKey(string apiKey)
    {
        // Identify which key is in use without leaking it: the last four characters of a 40+ character random key,
        // the way provider dashboards show it, and a truncated SHA-256 fingerprint.
        logger.LogInformation("Using key ending {Suffix}", apiKey[^4..]);  // expect: none
        logger.LogInformation("Using key fingerprint {Fingerprint}", Fingerprint(apiKey));  // expect: none
    }

    public void Send(HttpRequestMessage request, ConnectorCredential credential, string apiKey, string accessToken)
    {
        request.Headers.Add("X-Api-Key", apiKey);  // expect: none
        request.Headers.Authorization = new AuthenticationHeaderValue(credential.Scheme, credential.RevealHeaderValue());  // expect: none
        var line = "Authorization: Bearer " + accessToken;
        logger.LogTrace(line);  // expect: log
        if (request.RequestUri is null)
        {
            throw new InvalidOperationException($"No URI; header was Bearer {accessToken}");  // expect: log
        }
    }

    public void Scoped(string tenant, Action work)
    {
        using (logger.BeginScope("Tenant {Tenant} with key {ApiKey}", tenant, options.ApiKey))  // expect: log
        {
            work();
        }
    }

    private static string Fingerprint(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
}
