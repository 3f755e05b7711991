using System.Security.Cryptography;
using System.Text;
using ToolShapes.Hearthchat.Net;
using ToolShapes.Hearthchat.Net.Interactions;
using Xunit;

namespace ToolShapes.Hearthchat.Net.Tests;

public sealed class InteractionVerifierTests
{
    private static readonly byte[] SigningSecret = Encoding.UTF8.GetBytes("interaction-verifier-test-secret");  // expect: none
    private const string FakeBotToken = "MTE4{{synthetic:22:alnum}}.{{synthetic:6:alnum}}.{{synthetic:38:alnum}}";  // expect: none

    [Fact]
    public void Accepts_its_own_signature()
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        const string body = """{"type":2,"data":{"name":"echo"}}""";
        var expectedSignature = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(SigningSecret, Encoding.UTF8.GetBytes($"v1:{timestamp}:{body}")));

        Assert.True(new InteractionVerifier(SigningSecret, TimeProvider.System).Verify(timestamp, body, expectedSignature));
        Assert.Equal(expectedSignature, "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(SigningSecret, Encoding.UTF8.GetBytes($"v1:{timestamp}:{body}"))));
    }

    [Fact]
    public void Bot_token_record_masks_the_token()
    {
        var token = new BotToken("1187734562210983013", FakeBotToken);

        Assert.False(token.ToString().Contains(FakeBotToken, StringComparison.Ordinal));
    }
}
