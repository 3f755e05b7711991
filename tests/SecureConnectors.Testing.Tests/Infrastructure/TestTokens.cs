using System;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Testing.Tests.Infrastructure;

/// <summary>
/// A credential provider for tests: a synthetic token per request (never a real secret), valid for ten minutes, as a
/// Bearer token or an API key.
/// </summary>
internal sealed class TestTokens : ICredentialProvider
{
    private readonly bool apiKey;
    private int issued;

    private TestTokens(bool apiKey)
    {
        this.apiKey = apiKey;
    }

    public static TestTokens Bearer() => new(apiKey: false);

    public static TestTokens ApiKeys() => new(apiKey: true);

    /// <summary>How many credentials were handed out.</summary>
    public int Issued => Volatile.Read(ref issued);

    /// <summary>What every token starts with; a test checks that no message contains it.</summary>
    public const string Prefix = "not-a-real-token-";

    public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken)
    {
        var secret = new SecretString(Prefix + Interlocked.Increment(ref issued).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        var expiresAt = DateTimeOffset.UtcNow.AddMinutes(10);
        return new ValueTask<ConnectorCredential>(apiKey ? ConnectorCredential.ApiKey(secret, expiresAt) : ConnectorCredential.Bearer(secret, expiresAt));
    }
}
