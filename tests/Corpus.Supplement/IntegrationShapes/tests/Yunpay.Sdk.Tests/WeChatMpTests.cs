using Xunit;
using Yunpay.Sdk.WeChatMp;

namespace Yunpay.Sdk.Tests;

public sealed class WeChatMpTests
{
    // WXBizMsgCrypt's sample (the callback-encryption download that WeChat publishes, Sample.cs): token, app id and
    // EncodingAESKey are printed there, and every WeChat SDK's tests reuse them.
    private const string SampleToken = "QDG6eK";
    private const string SampleAppId = "wx5823bf96d3bd56c7";
    private const string SampleEncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";  // expect: none

    [Theory]
    [InlineData("d2157f2f9079f4d6257b45edf665c43c62e60a0a", "1409659813", "1372623149")]  // expect: none
    public void Server_check_accepts_the_computed_signature(string signature, string timestamp, string nonce)
    {
        Assert.True(ServerVerification.CheckSignature(SampleToken, signature, timestamp, nonce));
    }

    [Fact]
    public void Message_round_trips_with_the_sample_key()
    {
        var crypt = new MessageCrypt(SampleEncodingAesKey, SampleAppId);
        const string message = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Content><![CDATA[hello]]></Content></xml>";

        Assert.Equal(message, crypt.Decrypt(crypt.Encrypt(message)));
    }
}
