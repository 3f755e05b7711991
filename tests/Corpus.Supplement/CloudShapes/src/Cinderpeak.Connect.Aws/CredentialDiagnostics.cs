using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>Answers "which AWS identity is this pod running as?" in the support bundle.</summary>
public sealed class CredentialDiagnostics(ILogger<CredentialDiagnostics> logger)
{
    public async Task ReportAsync(AWSCredentials credentials)
    {
        var resolved = await credentials.GetCredentialsAsync();

        logger.LogInformation("Resolved AWS credentials for access key {AccessKeyId}", resolved.AccessKey);  // expect: none
        logger.LogInformation("Credentials are temporary: {UseToken}", resolved.UseToken);
        logger.LogTrace("Credential object {Credentials}", resolved);  // expect: none

        // Added while chasing a SignatureDoesNotMatch in March; still on at Debug in the EU cluster.
        logger.LogDebug(
            "Signing with secret key {SecretKey} and session token {SessionToken}",
            resolved.SecretKey,  // expect: log
            resolved.Token);  // expect: log
    }
}
