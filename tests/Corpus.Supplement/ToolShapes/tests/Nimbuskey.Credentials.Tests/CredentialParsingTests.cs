using System.Text.Json;
using ToolShapes.Nimbuskey.Credentials;
using ToolShapes.Nimbuskey.Credentials.Aws;
using Xunit;

namespace ToolShapes.Nimbuskey.Credentials.Tests;

public sealed class CredentialParsingTests
{
    private const string RecordedImdsDocument = """{"Code":"Success","LastUpdated":"2026-03-01T10:00:00Z","Type":"AWS-HMAC","AccessKeyId":"imds-test-access-key-id","SecretAccessKey":"imds-test-secret-access-key","Token":"imds-test-session-token","Expiration":"2026-03-01T16:00:00Z"}""";  // expect: none

    [Fact]
    public void Parses_the_recorded_imds_document()
    {
        var document = JsonSerializer.Deserialize<InstanceMetadataCredentialProvider.ImdsCredentialsDocument>(RecordedImdsDocument)!;

        Assert.Equal("imds-test-secret-access-key", document.SecretAccessKey);
    }

    [Fact]
    public void Relative_uri_goes_to_the_ecs_agent()
    {
        Assert.Equal(new Uri("http://169.254.170.2/v2/credentials/3f2a7c"), ContainerCredentialProvider.ResolveEndpoint("/v2/credentials/3f2a7c", null));
    }

    [Fact]
    public void Full_uri_to_a_remote_host_over_http_is_refused()
    {
        var error = Record.Exception(() => ContainerCredentialProvider.ResolveEndpoint(null, "http://creds.nimbuskey-ops.net/v1/credentials"));  // expect: none

        Assert.True(error is CredentialUnavailableException);
    }

    [Fact]
    public void Cached_token_prints_no_token()
    {
        var token = new CachedToken("cached-token-test-value", DateTimeOffset.UnixEpoch);

        Assert.False(token.ToString().Contains(token.AccessToken, StringComparison.Ordinal));
    }
}
