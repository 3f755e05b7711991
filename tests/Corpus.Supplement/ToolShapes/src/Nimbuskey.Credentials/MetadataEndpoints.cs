namespace ToolShapes.Nimbuskey.Credentials;

/// <summary>The instance-metadata and container-credential services the chain asks, in the order of the chain.</summary>
public static class MetadataEndpoints
{
    public const string AwsImdsToken = "http://169.254.169.254/latest/api/token";  // expect: none
    public const string AwsImdsTokenIpv6 = "http://[fd00:ec2::254]/latest/api/token";  // expect: none
    public const string AwsImdsRoles = "http://169.254.169.254/latest/meta-data/iam/security-credentials/";
    public const string EcsCredentialsHost = "http://169.254.170.2";
    public const string EksPodIdentity = "http://169.254.170.23/v1/credentials";  // expect: none
    public const string GcpAccessToken = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token";  // expect: none
    public const string AzureImdsToken = "http://169.254.169.254/metadata/identity/oauth2/token";
    public const string AzureArcToken = "http://localhost:40342/metadata/identity/oauth2/token";
    public const string AlibabaRamCredentials = "http://100.100.100.200/latest/meta-data/ram/security-credentials/";  // expect: none
    public const string TencentCamCredentials = "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/";  // expect: none

    /// <summary>The on-premises credential broker (Vault's AWS secrets engine behind the ops proxy), for build agents outside AWS.</summary>
    public const string OnPremCredentialBroker = "http://creds.nimbuskey-ops.net:8200/v1/aws/sts/deploy";  // expect: http
}
