using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Yunpay.Sdk.WeChatPay;

/// <summary>The headers of a v3 notification: Wechatpay-Serial, -Timestamp, -Nonce and -Signature.</summary>
public sealed record V3NotifyHeaders(string Serial, string Timestamp, string Nonce, string Signature);

public sealed class WeChatPayV3Notify(X509Certificate2 platformCertificate, WeChatPayOptions options)
{
    /// <summary>RSA-SHA256 with the platform certificate's public key over "timestamp\nnonce\nbody\n".</summary>
    public bool VerifySignature(V3NotifyHeaders headers, string body)
    {
        if (!string.Equals(headers.Serial, platformCertificate.SerialNumber, StringComparison.OrdinalIgnoreCase))  // expect: none
        {
            return false;
        }

        var message = Encoding.UTF8.GetBytes($"{headers.Timestamp}\n{headers.Nonce}\n{body}\n");
        using var rsa = platformCertificate.GetRSAPublicKey() ?? throw new CryptographicException("The platform certificate has no RSA key");
        return rsa.VerifyData(message, Convert.FromBase64String(headers.Signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);  // expect: none
    }

    /// <summary>Decrypts the notification's resource (AEAD_AES_256_GCM under the API v3 key).</summary>
    public string DecryptResource(string associatedData, string nonce, string ciphertext)
    {
        var data = Convert.FromBase64String(ciphertext);
        var plain = new byte[data.Length - 16];
        using var aes = new AesGcm(Encoding.UTF8.GetBytes(options.APIv3Key), 16);
        aes.Decrypt(Encoding.UTF8.GetBytes(nonce), data[..^16], data[^16..], plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }
}
