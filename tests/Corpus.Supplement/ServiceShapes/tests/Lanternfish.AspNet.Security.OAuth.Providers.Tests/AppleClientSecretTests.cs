using Lanternfish.AspNet.Security.OAuth.Apple;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Lanternfish.AspNet.Security.OAuth.Providers.Tests;

public sealed class AppleClientSecretTests
{
    // Made for these tests (openssl ecparam -name prime256v1 -genkey | openssl pkcs8 -topk8 -nocrypt); no Apple
    // developer account has its public half, so Apple accepts nothing signed with it.
    private const string TestPrivateKey = "-----BEGIN PRIVATE KEY-----\n{{synthetic:184:base64}}\n-----END PRIVATE KEY-----";  // expect: none

    [Fact]
    public async Task Generates_an_es256_client_secret()
    {
        var options = new AppleAuthenticationOptions
        {
            ClientId = "com.lanternfish.tests",
            KeyId = "TESTKEYID1",
            TeamId = "TESTTEAM01",
            PrivateKey = (_, _) => Task.FromResult(TestPrivateKey.AsMemory()),
        };
        var generator = new AppleClientSecretGenerator(TimeProvider.System, NullLogger<AppleClientSecretGenerator>.Instance);

        var clientSecret = await generator.GenerateAsync(options, CancellationToken.None);

        Assert.Equal(3, clientSecret.Split('.').Length);
    }

    [Fact]
    public void Token_audience_is_apple()
    {
        Assert.Equal("https://appleid.apple.com", new AppleAuthenticationOptions().TokenAudience);
    }
}
