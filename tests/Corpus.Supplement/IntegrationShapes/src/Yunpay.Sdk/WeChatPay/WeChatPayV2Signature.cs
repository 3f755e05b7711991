using System.Security.Cryptography;
using System.Text;

namespace Yunpay.Sdk.WeChatPay;

/// <summary>v2 signatures: MD5 or HMAC-SHA256 over the sorted "k=v" pairs followed by "&amp;key=&lt;API key&gt;", upper-case hex.</summary>
public static class WeChatPayV2Signature
{
    public const string Md5 = "MD5";
    public const string HmacSha256 = "HMAC-SHA256";

    public static string Sign(IReadOnlyDictionary<string, string> parameters, string apiKey, string signType = Md5)
    {
        var stringA = string.Join("&", parameters
            .Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));
        var stringSignTemp = Encoding.UTF8.GetBytes($"{stringA}&key={apiKey}");
        return signType == HmacSha256  // expect: none
            ? Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiKey), stringSignTemp))
            : Convert.ToHexString(MD5.HashData(stringSignTemp));
    }

    /// <summary>Checks the "sign" of a payment notification or of an API answer.</summary>
    public static bool Verify(IReadOnlyDictionary<string, string> notify, string apiKey)
    {
        if (!notify.TryGetValue("sign", out var sign) || sign.Length == 0)
        {
            return false;
        }

        var signType = notify.TryGetValue("sign_type", out var type) ? type : Md5;
        return Sign(notify, apiKey, signType) == sign;  // expect: timing
    }
}
