using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>
/// The push API accepts requests that customers' Lambda functions sign with AWS Signature Version 4, using a key pair
/// Cinderpeak issues per tenant (service "cinderpeak-push"). Same algorithm as AWS, our own keys.
/// </summary>
public sealed class SigV4RequestVerifier(ILogger<SigV4RequestVerifier> logger)
{
    // SHA-256 of an empty payload, as every SigV4 implementation hard-codes it.
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";  // expect: none

    public static byte[] DeriveSigningKey(string secretAccessKey, string date, string region, string service)
    {
        var kDate = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), date);
        var kRegion = Hmac(kDate, region);
        var kService = Hmac(kRegion, service);
        return Hmac(kService, "aws4_request");
    }

    public static string ComputeSignature(byte[] signingKey, string stringToSign) =>
        Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

    public bool Verify(string tenantSecretKey, string date, string region, string stringToSign, string providedSignature, string payloadHashHeader, byte[] payload)
    {
        if (payloadHashHeader != Convert.ToHexStringLower(SHA256.HashData(payload)))  // expect: none
        {
            return false;
        }

        var signingKey = DeriveSigningKey(tenantSecretKey, date, region, "cinderpeak-push");
        logger.LogTrace("Derived signing key {SigningKey} for {Date}/{Region}", Convert.ToHexString(signingKey), date, region);  // expect: log

        var expected = ComputeSignature(signingKey, stringToSign);
        if (expected.Length != providedSignature.Length)  // expect: none
        {
            return false;
        }

        return expected == providedSignature;  // expect: timing
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
