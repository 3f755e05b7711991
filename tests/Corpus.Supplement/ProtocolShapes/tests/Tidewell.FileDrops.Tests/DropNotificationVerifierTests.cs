using System.Security.Cryptography;
using System.Text;
using ProtocolShapes.Tidewell.FileDrops.Notifications;
using ProtocolShapes.Tidewell.FileDrops.Sftp;
using Xunit;

namespace ProtocolShapes.Tidewell.FileDrops.Tests;

public sealed class DropNotificationVerifierTests
{
    private static readonly byte[] TestSecret = Encoding.UTF8.GetBytes("drop-notification-test-secret");  // expect: none

    [Fact]
    public void Signature_is_hmac_sha256_of_the_body()
    {
        var body = """{"file":"ack-2026-03-31.csv","status":"accepted"}"""u8.ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(TestSecret, body));

        var signature = new DropNotificationVerifier(TestSecret).ComputeSignature(body);

        Assert.Equal(expected, signature);  // expect: none
        Assert.True(new DropNotificationVerifier(TestSecret).Verify(body, signature));
    }

    [Fact]
    public void Endpoint_record_prints_its_members()
    {
        var endpoint = new SftpEndpoint("sftp.example.com", 22, "tidewell", "not-a-real-password");  // expect: none
        Assert.True(endpoint.ToString().Contains("sftp.example.com", StringComparison.Ordinal));
    }
}
