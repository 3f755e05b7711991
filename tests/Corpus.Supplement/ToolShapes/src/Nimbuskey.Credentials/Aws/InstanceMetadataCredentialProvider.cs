using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Nimbuskey.Credentials.Aws;

/// <summary>EC2 instance profile credentials through IMDSv2.</summary>
public sealed class InstanceMetadataCredentialProvider(HttpClient http, ILogger<InstanceMetadataCredentialProvider> logger) : IAwsCredentialProvider
{
    public string Name => "ec2-imds";

    public async Task<AwsCredentials?> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Put, MetadataEndpoints.AwsImdsToken);
        tokenRequest.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "21600");
        using var tokenResponse = await http.SendAsync(tokenRequest, cancellationToken);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            return null;
        }

        var imdsToken = await tokenResponse.Content.ReadAsStringAsync(cancellationToken);
        logger.LogTrace("IMDSv2 session token {ImdsToken}", imdsToken);  // expect: log

        using var roleRequest = new HttpRequestMessage(HttpMethod.Get, MetadataEndpoints.AwsImdsRoles);
        roleRequest.Headers.Add("X-aws-ec2-metadata-token", imdsToken);
        var role = (await (await http.SendAsync(roleRequest, cancellationToken)).Content.ReadAsStringAsync(cancellationToken)).Trim();

        using var credentialsRequest = new HttpRequestMessage(HttpMethod.Get, MetadataEndpoints.AwsImdsRoles + role);
        credentialsRequest.Headers.Add("X-aws-ec2-metadata-token", imdsToken);
        using var credentialsResponse = await http.SendAsync(credentialsRequest, cancellationToken);
        var json = await credentialsResponse.Content.ReadAsStringAsync(cancellationToken);

        ImdsCredentialsDocument document;
        try
        {
            document = JsonSerializer.Deserialize<ImdsCredentialsDocument>(json) ?? throw new JsonException("null document");
        }
        catch (JsonException ex)
        {
            throw new CredentialUnavailableException($"Could not parse the IMDS credentials of role {role}: {json}", ex);  // expect: log
        }

        logger.LogDebug(
            "Loaded instance profile credentials {AccessKeyId} for {Role}, expiring {Expiration}",
            document.AccessKeyId,  // expect: none
            role,
            document.Expiration);

        return new AwsCredentials(document.AccessKeyId, document.SecretAccessKey, document.Token, document.Expiration);
    }

    public sealed class ImdsCredentialsDocument
    {
        public string Code { get; set; } = "";

        public string AccessKeyId { get; set; } = "";

        public string SecretAccessKey { get; set; } = "";

        public string Token { get; set; } = "";

        public DateTimeOffset Expiration { get; set; }
    }
}
