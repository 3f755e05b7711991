namespace ToolShapes.Nimbuskey.Credentials;

public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken, DateTimeOffset? Expiration);

/// <summary>A bearer token for Azure, GCP or a broker, with its expiry. Prints no token.</summary>
public sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresOn)
{
    public override string ToString() => $"CachedToken {{ ExpiresOn = {ExpiresOn:O} }}";
}

public sealed class CredentialUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);

public interface IAwsCredentialProvider
{
    string Name { get; }

    Task<AwsCredentials?> GetCredentialsAsync(CancellationToken cancellationToken);
}
