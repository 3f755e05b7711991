using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ProtocolShapes.Tidewell.Notifications.Mail;

/// <summary>
/// The mail relay's inbound-parse webhook: replies to payslip mails arrive as JSON posts with the relay's static
/// token in <c>X-Relay-Token</c> and an HMAC of timestamp and body in <c>X-Relay-Signature</c>.
/// </summary>
public sealed class InboundMailWebhook(IOptions<InboundMailOptions> options)
{
    public bool IsFromRelay(HttpContext context, byte[] body)
    {
        var relayToken = context.Request.Headers["X-Relay-Token"].ToString();
        if (relayToken != options.Value.RelayToken)  // expect: timing
        {
            return false;
        }

        if (context.Request.Headers["X-Relay-Signature-Alg"] != "hmac-sha256")  // expect: none
        {
            return false;
        }

        var timestamp = context.Request.Headers["X-Relay-Timestamp"].ToString();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(options.Value.SigningSecret));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "." + Encoding.UTF8.GetString(body))));
        var signature = context.Request.Headers["X-Relay-Signature"].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(signature), Encoding.UTF8.GetBytes(expected));
    }
}
