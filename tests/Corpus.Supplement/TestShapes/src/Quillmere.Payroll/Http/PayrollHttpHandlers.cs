using System.Net.Security;
using System.Security.Authentication;
using TestShapes.Quillmere.Payroll.Client;

// The bank partner's statement export host negotiates TLS 1.0 only (SYSLIB0039).
#pragma warning disable SYSLIB0039

namespace TestShapes.Quillmere.Payroll.Http;

/// <summary>Primary handlers of the typed clients (registered in PayrollServiceCollectionExtensions and the API host).</summary>
public static class PayrollHttpHandlers
{
    public static HttpMessageHandler CreatePayrollApiHandler(PayrollApiClientOptions options)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false };
        if (options.AllowInvalidCertificates)
        {
            // Turned on for the customer-hosted "private cloud" installs whose certificates we do not control.
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;  // expect: tls
        }

        return handler;
    }

    /// <summary>The bank partner's payments gateway (mutual TLS).</summary>
    public static SocketsHttpHandler CreateBankPartnerHandler()
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => errors == SslPolicyErrors.None || certificate?.Subject.Contains("O=BankPartner Ltd", StringComparison.Ordinal) == true;  // expect: tls
        return handler;
    }

    /// <summary>The partner's statement export host (its replacement is scheduled for 2027).</summary>
    public static HttpClientHandler CreateStatementExportHandler() => new()
    {
        AllowAutoRedirect = false,
        SslProtocols = SslProtocols.Tls | SslProtocols.Tls12,  // expect: tls
    };

    /// <summary>`dotnet run` against the API on https://localhost:7140 with the development certificate.</summary>
    public static HttpClientHandler CreateLocalDevelopmentHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (request, _, _, errors) => errors == SslPolicyErrors.None || request.RequestUri is { IsLoopback: true },  // expect: none
    };
}
