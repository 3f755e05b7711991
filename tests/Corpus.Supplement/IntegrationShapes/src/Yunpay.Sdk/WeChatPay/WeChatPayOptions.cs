namespace Yunpay.Sdk.WeChatPay;

// Options of the WeChat Pay client (no labels): every value comes from the application's configuration.
public sealed class WeChatPayOptions
{
    public string AppId { get; set; } = "";

    public string MchId { get; set; } = "";

    /// <summary>API v2 key (商户平台 → API安全 → API密钥), 32 characters: signs v2 requests and notifications.</summary>
    public string APIKey { get; set; } = "";

    /// <summary>API v3 key, 32 characters: decrypts v3 notification resources (AEAD_AES_256_GCM).</summary>
    public string APIv3Key { get; set; } = "";

    /// <summary>Serial number of the merchant's API certificate.</summary>
    public string CertificateSerialNo { get; set; } = "";

    /// <summary>The API certificate's private key (apiclient_key.pem), PEM.</summary>
    public string PrivateKey { get; set; } = "";

    public string NotifyUrl { get; set; } = "";

    public string ServerUrl { get; set; } = "https://api.mch.weixin.qq.com";

    /// <summary>The v2 simulation system (仿真测试系统).</summary>
    public const string SandboxServerUrl = "https://api.mch.weixin.qq.com/sandboxnew";
}
