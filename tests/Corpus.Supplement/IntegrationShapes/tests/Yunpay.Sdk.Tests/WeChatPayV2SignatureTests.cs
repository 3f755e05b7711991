using Xunit;
using Yunpay.Sdk.WeChatPay;

namespace Yunpay.Sdk.Tests;

public sealed class WeChatPayV2SignatureTests
{
    // The worked example of WeChat Pay's v2 signing guide (pay.weixin.qq.com, 签名生成算法): the key, the parameters and
    // both results are printed there. It is the guide's, not a merchant's.
    private const string GuideApiKey = "192006250b4c09247ec02edce69f6a2d";  // expect: none

    private static readonly Dictionary<string, string> GuideParameters = new()
    {
        ["appid"] = "wxd930ea5d5a258f4f",
        ["mch_id"] = "10000100",
        ["device_info"] = "1000",
        ["body"] = "test",
        ["nonce_str"] = "ibuaiVcKdpRxkhJA",
    };

    [Theory]
    [InlineData("MD5", "9A0A8659F005D6984697E2CA0A9CF3B7")]  // expect: none
    [InlineData("HMAC-SHA256", "6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6")]  // expect: none
    public void Guide_example_signs_as_documented(string signType, string expectedSign)
    {
        var sign = WeChatPayV2Signature.Sign(GuideParameters, GuideApiKey, signType);

        Assert.Equal(expectedSign, sign);
        Assert.True(sign == expectedSign);  // expect: none
    }

    [Fact]
    public void Notification_with_the_guide_sign_verifies()
    {
        var notify = new Dictionary<string, string>(GuideParameters) { ["sign"] = "9A0A8659F005D6984697E2CA0A9CF3B7" };

        Assert.True(WeChatPayV2Signature.Verify(notify, GuideApiKey));
    }
}
