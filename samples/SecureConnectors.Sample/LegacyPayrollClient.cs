using System;
using System.Net;
using System.Net.Http;
using System.Security.Authentication;

namespace SecureConnectors.Sample;

/// <summary>A connector written the way the rules exist to prevent. Every warning here is intended.</summary>
internal static class LegacyPayrollClient
{
    // SC2001: the payroll API is reached over plain HTTP.
    public const string PayrollApi = "http://payroll.fabrikam-hr.com/api/v1/";

    // Not reported: loopback, and an XML namespace (a name, never fetched).
    public const string LocalMock = "http://localhost:5080/";
    public const string PayslipNamespace = "http://schemas.fabrikam-hr.com/payslips/2021";

    // SC1001: a password in the code (a synthetic one: it only shows the rule). Read it from the environment.
    public static NetworkCredential ReportingCredential() => new("payroll-reports", "Synthetic#Only-2026");

    // SC1002: credentials in a URL end up in logs and proxies.
    public const string ExportGateway = "https://exports:Synthetic-Only-2026@exports.fabrikam-hr.com/v1/";

    public static HttpClient Create()
    {
        var handler = new HttpClientHandler
        {
            // SC2002: every certificate is accepted, so anyone on the path can impersonate the server.
            ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
            // SC2003: TLS 1.0 and 1.1 are broken; let the operating system choose.
            SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,
        };

        return new HttpClient(handler) { BaseAddress = new Uri(PayrollApi) };
    }

    public static void ConfigureProcess()
    {
        // SC2003 again, on the process-wide setting.
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls12;
    }
}
