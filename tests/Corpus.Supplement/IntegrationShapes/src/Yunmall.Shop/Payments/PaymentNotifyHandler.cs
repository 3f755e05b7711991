using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpay.Sdk.Alipay;
using Yunpay.Sdk.WeChatPay;

namespace Yunmall.Shop.Payments;

/// <summary>The shop's notify_url handlers (the v2 check is written out here, as the shop had it before the SDK).</summary>
public sealed class PaymentNotifyHandler(IOptions<WeChatPayOptions> wechatPay, ILogger<PaymentNotifyHandler> logger)
{
    public const string SuccessReply = "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>";

    public const string FailReply = "<xml><return_code><![CDATA[FAIL]]></return_code></xml>";

    public string HandleWeChatPayV2(IReadOnlyDictionary<string, string> fields)
    {
        var options = wechatPay.Value;
        var stringA = string.Join("&", fields
            .Where(f => f.Key != "sign" && f.Value.Length > 0)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + f.Value));
        var md5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(stringA + "&key=" + options.APIKey)));
        if (!md5.Equals(fields.GetValueOrDefault("sign"), StringComparison.OrdinalIgnoreCase))  // expect: timing
        {
            logger.LogWarning("WeChat Pay notify for {OutTradeNo} failed the sign check with key {ApiKey}",
                fields.GetValueOrDefault("out_trade_no"),
                options.APIKey);  // expect: log
            return FailReply;
        }

        logger.LogInformation("WeChat Pay order {OutTradeNo} paid: {TotalFee} fen, transaction {TransactionId}",
            fields.GetValueOrDefault("out_trade_no"),
            fields.GetValueOrDefault("total_fee"),
            fields.GetValueOrDefault("transaction_id"));
        return SuccessReply;
    }

    public void DescribeKeys(AlipayOptions alipay) =>
        logger.LogDebug("Alipay app private key loaded ({Length} characters); Alipay public key {PublicKey}",
            alipay.AppPrivateKey.Length,  // expect: none
            alipay.AlipayPublicKey);  // expect: none
}
