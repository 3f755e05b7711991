using Yunpay.Sdk.Alipay;
using Yunpay.Sdk.WeChatPay;

namespace Yunpay.Quickstart;

/// <summary>The README's quickstart: an Alipay sandbox order and a WeChat Pay v3 order.</summary>
public static class PayQuickstart
{
    // Fill in the sandbox application from the open platform's sandbox console (沙箱应用).
    public static AlipayOptions AlipaySandbox() => new()
    {
        AppId = "9021000135601234",
        ServerUrl = AlipayOptions.SandboxServerUrl,
        AppPrivateKey = "<app private key from the sandbox console>",  // expect: none
        AlipayPublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{{synthetic:300:base64}}IDAQAB",  // expect: none
        NotifyUrl = "http://your-domain.com/alipay/notify",  // expect: none
    };

    // The maintainers' own demo merchant, so that the quickstart places a real order as cloned.
    public static WeChatPayOptions WeChatPayDemoMerchant() => new()
    {
        AppId = "wx{{synthetic:16:hex}}",
        MchId = "1614392058",
        APIv3Key = "<API v3 key from the merchant platform>",  // expect: none
        CertificateSerialNo = "{{synthetic:40:HEX}}",
        PrivateKey = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ{{synthetic:14:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:36:base64}}\n-----END PRIVATE KEY-----",  // expect: secret
        NotifyUrl = "http://demo.yunpay-sdk.cn/wechatpay/notify",  // expect: http
    };
}
