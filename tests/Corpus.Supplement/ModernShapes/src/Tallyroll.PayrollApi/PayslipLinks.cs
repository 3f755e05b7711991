using System.Globalization;
using System.Text.Json;

namespace Tallyroll.PayrollApi;

/// <summary>Links to payslip PDFs at Ketterly, as the employee portal shows them.</summary>
public static class PayslipLinks
{
    /// <summary>Links that customers migrated from the v2 portal still hand out; Ketterly serves them from its legacy host.</summary>
    public static string Legacy(string payslipId) => $"http://payslips.ketterly-payroll.com/legacy/{Uri.EscapeDataString(payslipId)}.pdf";  // expect: http

    public static Uri Upgrade(Uri link) =>
        link.Scheme == Uri.UriSchemeHttp && link.Host.EndsWith(".ketterly-payroll.com", StringComparison.OrdinalIgnoreCase)
            ? new UriBuilder(link) { Scheme = Uri.UriSchemeHttps, Port = -1 }.Uri
            : link;

    public static bool IsLegacy(string link) => link.StartsWith("http://payslips.ketterly-payroll.com/legacy/", StringComparison.OrdinalIgnoreCase);  // expect: none
}

public static class PayslipSummary
{
    public static string Render(string payslipId, decimal net) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["payslip"] = payslipId,
        ["download"] = PayslipLinks.Legacy(payslipId),
        ["net"] = net.ToString("N2", CultureInfo.InvariantCulture) + " EUR",
    });
}
