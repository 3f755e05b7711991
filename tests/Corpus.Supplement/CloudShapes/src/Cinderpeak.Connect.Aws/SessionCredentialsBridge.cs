using Amazon;
using Amazon.Runtime;
using Amazon.SecretsManager;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>
/// The payroll bridge reads the HRIS database secret of the EU account. Until the IAM role for the bridge's ECS task
/// existed (CP-2291) it ran with credentials pasted from `aws sts get-session-token`; the fallback was never removed.
/// </summary>
public static class SessionCredentialsBridge
{
    private static readonly SessionAWSCredentials BreakGlass = new(
        "ASIA{{synthetic:16:UPPERNUM}}",  // expect: secret
        "{{synthetic:40:base64}}",  // expect: secret
        "IQoJb3JpZ2luX2VjE{{synthetic:363:base64}}");  // expect: secret

    public static IAmazonSecretsManager Create(bool useBreakGlass)
    {
        var credentials = useBreakGlass ? BreakGlass : FallbackCredentialsFactory.GetCredentials();
        return new AmazonSecretsManagerClient(credentials, RegionEndpoint.EUWest1);
    }
}
