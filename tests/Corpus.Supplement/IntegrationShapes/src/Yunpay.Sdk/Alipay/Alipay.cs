using System.Security.Cryptography;
using System.Text;

namespace Yunpay.Sdk.Alipay;

public sealed class AlipayOptions
{
    public string AppId { get; set; } = "";

    public string ServerUrl { get; set; } = "https://openapi.alipay.com/gateway.do";

    /// <summary>The open platform's sandbox gateway (沙箱环境).</summary>
    public const string SandboxServerUrl = "https://openapi-sandbox.dl.alipaydev.com/gateway.do";

    /// <summary>Gateways of earlier SDK versions: a ServerUrl equal to one of them is rewritten on start.</summary>
    public static readonly string[] LegacyGatewayUrls =
    [
        "http://openapi.alipaydev.com/gateway.do",  // expect: none
        "https://openapi.alipaydev.com/gateway.do",
        "http://openapi.alipay.com/gateway.do",  // expect: none
    ];

    /// <summary>The application's private key: PKCS#8, base64 without PEM armour, as the open platform's key tool writes it.</summary>
    public string AppPrivateKey { get; set; } = "";

    public string AlipayPublicKey { get; set; } = "";

    /// <summary>AES key of content encryption (接口内容加密), base64.</summary>
    public string EncryptKey { get; set; } = "";

    public string NotifyUrl { get; set; } = "";

    public string SignType { get; set; } = "RSA2";
}

public sealed class AlipayNotifyVerifier(AlipayOptions options)
{
    /// <summary>rsaCheckV1: RSA2 over the sorted parameters without sign and sign_type, with Alipay's public key.</summary>
    public bool RsaCheckV1(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("sign", out var sign))
        {
            return false;
        }

        if (form.TryGetValue("app_id", out var appId) && appId != options.AppId)  // expect: none
        {
            return false;
        }

        var content = string.Join("&", form
            .Where(p => p.Key is not "sign" and not "sign_type")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(options.AlipayPublicKey), out _);
        return rsa.VerifyData(Encoding.UTF8.GetBytes(content), Convert.FromBase64String(sign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public static bool IsPaid(IReadOnlyDictionary<string, string> form) =>
        form.TryGetValue("trade_status", out var status) && status is "TRADE_SUCCESS" or "TRADE_FINISHED";
}
