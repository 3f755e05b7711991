using System.Security.Cryptography;
using System.Text;
using Beaconly.Analytics;
using Xunit;

namespace Beaconly.Analytics.Tests;

public sealed class ExportWebhookVerifierTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("{{synthetic:32:alnum}}");  // expect: none

    [Fact]
    public void Accepts_either_signature_while_the_secret_rotates()
    {
        var body = """{"export_id":"exp_1","status":"ready"}"""u8.ToArray();
        var good = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Secret, body));
        var verifier = new ExportWebhookVerifier(Secret);

        Assert.True(verifier.Verify("delivery-1", "sha256=" + new string('0', 64) + " " + good, body));
        Assert.False(verifier.Verify("delivery-1", good, body));
    }
}

public sealed class BeaconlyClientTests
{
    [Theory]
    [InlineData("eu")]
    [InlineData("in")]
    public void Regional_ingestion_hosts(string region)
    {
        Assert.Equal(new Uri($"http://{region}.ingest.beaconly.io/"), BeaconlyClient.IngestionBase(region));
    }
}
