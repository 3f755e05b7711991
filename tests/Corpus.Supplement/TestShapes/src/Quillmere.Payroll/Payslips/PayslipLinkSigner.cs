using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TestShapes.Quillmere.Payroll.Payslips;

public sealed class PayslipLinkOptions
{
    public string PublicBaseUrl { get; set; } = "https://my.quillmere.com/";

    public string LinkSigningKey { get; set; } = "";
}

public sealed record StoredPayslip(string Id, string ContentSha256, byte[] Pdf);

/// <summary>Time-limited download links for payslip PDFs, e-mailed to employees.</summary>
public sealed class PayslipLinkSigner(IOptions<PayslipLinkOptions> options, ILogger<PayslipLinkSigner> logger)
{
    public Uri CreateLink(string payslipId, DateTimeOffset expires)
    {
        var exp = expires.ToUnixTimeSeconds();
        var signedUri = new Uri($"{options.Value.PublicBaseUrl}payslips/{Uri.EscapeDataString(payslipId)}?exp={exp}&sig={ComputeSig(payslipId, exp)}");
        logger.LogInformation("Issued a download link for payslip {PayslipId}, valid until {Expires}", payslipId, expires);
        logger.LogDebug("Payslip link: {SignedUri}", signedUri);  // expect: log
        return signedUri;
    }

    public bool IsValid(string payslipId, long exp, string sig, DateTimeOffset now)
    {
        if (now.ToUnixTimeSeconds() > exp)
        {
            return false;
        }

        var computedSig = ComputeSig(payslipId, exp);
        return string.Equals(computedSig, sig, StringComparison.Ordinal);  // expect: timing
    }

    /// <summary>Storage integrity check before the PDF is streamed: an unkeyed digest of the file.</summary>
    public static bool IsIntact(StoredPayslip payslip) =>
        payslip.ContentSha256 == Convert.ToHexString(SHA256.HashData(payslip.Pdf));  // expect: none

    private string ComputeSig(string payslipId, long exp)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.LinkSigningKey), Encoding.UTF8.GetBytes($"{payslipId}:{exp}"));
        return Base64Url.EncodeToString(mac);
    }
}
