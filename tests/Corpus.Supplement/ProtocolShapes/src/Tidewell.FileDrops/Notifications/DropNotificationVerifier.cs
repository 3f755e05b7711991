using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ProtocolShapes.Tidewell.FileDrops.Notifications;

/// <summary>
/// Payroll Partner Ledger calls our webhook when an acknowledgement file lands on the SFTP server:
/// <c>X-Ledger-Signature: sha256=&lt;hex&gt;</c>, an HMAC-SHA256 of the JSON body keyed with the drop's notification secret.
/// </summary>
public sealed class DropNotificationVerifier(byte[] notificationSecret)
{
    public string ComputeSignature(ReadOnlySpan<byte> body)
        => "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(notificationSecret, body));

    public bool Verify(ReadOnlySpan<byte> body, string signatureHeader)
        => ComputeSignature(body) == signatureHeader;  // expect: timing

    public bool Verify(HttpContext context, byte[] body)
    {
        var header = context.Request.Headers["X-Ledger-Signature"].ToString();
        if (header.Length != "sha256=".Length + 64)  // expect: none
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ComputeSignature(body)), Encoding.ASCII.GetBytes(header));  // expect: none
    }
}
