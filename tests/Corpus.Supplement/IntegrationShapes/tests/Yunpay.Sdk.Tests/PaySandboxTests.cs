using Xunit;
using Yunpay.Sdk.WeChatPay;

namespace Yunpay.Sdk.Tests;

/// <summary>Against the providers' sandboxes, in the nightly job only.</summary>
[Trait("Category", "Sandbox")]
public sealed class PaySandboxTests
{
    // The sandbox signing key that /sandboxnew/pay/getsignkey returned for merchant 1614392058.
    private const string SandboxSignKey = "{{synthetic:32:hex}}";  // expect: secret

    [Fact(Skip = "Runs in the nightly sandbox job")]
    public async Task WeChat_unified_order_in_the_simulation_system()
    {
        var fields = new Dictionary<string, string>
        {
            ["appid"] = "wx{{synthetic:16:hex}}",  // expect: none
            ["mch_id"] = "1614392058",
            ["nonce_str"] = Guid.NewGuid().ToString("N"),
            ["body"] = "CI order",
            ["out_trade_no"] = "ci" + DateTime.UtcNow.Ticks,
            ["total_fee"] = "101",
            ["spbill_create_ip"] = "127.0.0.1",
            ["trade_type"] = "NATIVE",
        };
        fields["sign"] = WeChatPayV2Signature.Sign(fields, SandboxSignKey);
        var xml = "<xml>" + string.Concat(fields.Select(f => $"<{f.Key}>{f.Value}</{f.Key}>")) + "</xml>";

        using var http = new HttpClient();
        using var response = await http.PostAsync("https://api.mch.weixin.qq.com/sandboxnew/pay/unifiedorder", new StringContent(xml));

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact(Skip = "Runs in the nightly sandbox job")]
    public async Task Alipay_precreate_through_the_old_sandbox_gateway()
    {
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["app_id"] = "2016091200490227",
            ["method"] = "alipay.trade.precreate",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["biz_content"] = """{"out_trade_no":"ci-1","total_amount":"0.01","subject":"CI"}""",
        });

        using var response = await http.PostAsync("http://openapi.alipaydev.com/gateway.do", form);  // expect: http

        Assert.True(response.IsSuccessStatusCode);
    }
}
