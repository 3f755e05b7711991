using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Nimbuskey.Credentials.Aws;

/// <summary>ECS task roles and EKS Pod Identity: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or _FULL_URI.</summary>
public sealed class ContainerCredentialProvider(HttpClient http, ILogger<ContainerCredentialProvider> logger) : IAwsCredentialProvider
{
    public string Name => "container";

    public static Uri ResolveEndpoint(string? relativeUri, string? fullUri)
    {
        if (relativeUri is not null)
        {
            return new Uri(MetadataEndpoints.EcsCredentialsHost + relativeUri);
        }

        var endpoint = new Uri(fullUri ?? throw new CredentialUnavailableException("No container credentials endpoint"));
        if (endpoint.Scheme == Uri.UriSchemeHttp && !(endpoint.IsLoopback || endpoint.Host is "169.254.170.2" or "169.254.170.23" or "[fd00:ec2::23]"))  // expect: none
        {
            throw new CredentialUnavailableException($"Refusing plain-http credentials endpoint {endpoint.Host}");
        }

        return endpoint;
    }

    public async Task<AwsCredentials?> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var relative = Environment.GetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        var full = Environment.GetEnvironmentVariable("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (relative is null && full is null)
        {
            return null;
        }

        var endpoint = ResolveEndpoint(relative, full);
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        var tokenFile = Environment.GetEnvironmentVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
        var authorizationToken = tokenFile is not null
            ? (await File.ReadAllTextAsync(tokenFile, cancellationToken)).Trim()
            : Environment.GetEnvironmentVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        if (authorizationToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorizationToken);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var credentials = await response.Content.ReadFromJsonAsync<AwsCredentials>(cancellationToken);
        logger.LogDebug("Container credentials from {Host} expire {Expiration}", endpoint.Host, credentials?.Expiration);
        return credentials;
    }
}
