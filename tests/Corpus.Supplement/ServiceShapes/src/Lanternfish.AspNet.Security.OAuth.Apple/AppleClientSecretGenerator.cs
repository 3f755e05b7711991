using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Lanternfish.AspNet.Security.OAuth.Apple;

/// <summary>Makes the client secret Apple's token endpoint asks for: an ES256 JWT from the team, about the client.</summary>
public sealed partial class AppleClientSecretGenerator(TimeProvider timeProvider, ILogger<AppleClientSecretGenerator> logger)
{
    public async Task<string> GenerateAsync(AppleAuthenticationOptions options, CancellationToken cancellationToken)
    {
        if (options.PrivateKey is null || options.KeyId is null || options.TeamId is null)
        {
            throw new InvalidOperationException($"{nameof(options.PrivateKey)}, {nameof(options.KeyId)} and {nameof(options.TeamId)} must be set to generate a client secret.");  // expect: none
        }

        var now = timeProvider.GetUtcNow();
        var expires = now.Add(options.ClientSecretExpiresAfter);
        var header = JsonSerializer.SerializeToUtf8Bytes(new { alg = "ES256", kid = options.KeyId, typ = "JWT" });
        var payload = JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = options.TeamId,
            iat = now.ToUnixTimeSeconds(),
            exp = expires.ToUnixTimeSeconds(),
            aud = options.TokenAudience,
            sub = options.ClientId,
        });

        var pem = await options.PrivateKey(options.KeyId, cancellationToken);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(pem.Span);
        var signingInput = Base64Url(header) + "." + Base64Url(payload);
        var signature = ecdsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var clientSecret = signingInput + "." + Base64Url(signature);

        ClientSecretGenerated(
            logger,
            options.KeyId,  // expect: none
            expires,
            clientSecret);  // expect: log
        return clientSecret;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Generated an Apple client secret with key {KeyId}, valid until {Expires}: {ClientSecret}")]
    private static partial void ClientSecretGenerated(ILogger logger, string keyId, DateTimeOffset expires, string clientSecret);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
