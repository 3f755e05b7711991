using CloudShapes.Cinderpeak.Connect.Aws;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Aws;

public sealed class SigV4RequestVerifierTests
{
    // The example credentials of the AWS Signature Version 4 test suite (get-vanilla).
    private const string SuiteAccessKeyId = "AKIDEXAMPLE";  // expect: none
    private const string SuiteSecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";  // expect: none

    private const string StringToSign = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63";

    [Fact]
    public void Get_vanilla_signature_matches_the_suite()
    {
        var signingKey = SigV4RequestVerifier.DeriveSigningKey(SuiteSecretAccessKey, "20150830", "us-east-1", "service");

        var signature = SigV4RequestVerifier.ComputeSignature(signingKey, StringToSign);

        Assert.Equal("{{synthetic:64:hex}}", signature);  // expect: none
        Assert.True(signature.Length == 64 && SuiteAccessKeyId.Length == 11);
    }

    [Fact]
    public void Tampered_payload_is_refused()
    {
        var verifier = new SigV4RequestVerifier(NullLogger<SigV4RequestVerifier>.Instance);

        var accepted = verifier.Verify(SuiteSecretAccessKey, "20150830", "us-east-1", StringToSign, new string('0', 64), SigV4RequestVerifier.EmptyPayloadHash, [1, 2, 3]);

        Assert.False(accepted);
    }
}
