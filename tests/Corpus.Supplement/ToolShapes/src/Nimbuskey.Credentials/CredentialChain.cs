using Microsoft.Extensions.Logging;

namespace ToolShapes.Nimbuskey.Credentials;

/// <summary>Environment, then container, then instance metadata, then the on-premises broker: the first that answers wins.</summary>
public sealed class CredentialChain(IEnumerable<IAwsCredentialProvider> providers, ILogger<CredentialChain> logger)
{
    public async Task<AwsCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        var fromEnvironment = FromEnvironment();
        if (fromEnvironment is not null)
        {
            logger.LogInformation("Using credentials from {Variable}", "AWS_SECRET_ACCESS_KEY");  // expect: none
            return fromEnvironment;
        }

        foreach (var provider in providers)
        {
            var credentials = await provider.GetCredentialsAsync(cancellationToken);
            if (credentials is null)
            {
                logger.LogDebug("{Provider} had no credentials", provider.Name);
                continue;
            }

            logger.LogInformation("Resolved credentials from {Provider}", provider.Name);
            logger.LogDebug("Credentials: {Credentials}", credentials);  // expect: log
            return credentials;
        }

        throw new CredentialUnavailableException("No provider in the chain returned credentials");
    }

    private static AwsCredentials? FromEnvironment()
    {
        var accessKeyId = Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID");
        var secretAccessKey = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
        return accessKeyId is null || secretAccessKey is null
            ? null
            : new AwsCredentials(accessKeyId, secretAccessKey, Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN"), null);
    }
}
