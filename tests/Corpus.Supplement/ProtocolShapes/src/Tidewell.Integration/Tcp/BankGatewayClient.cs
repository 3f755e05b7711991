using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Integration.Tcp;

/// <summary>
/// Host-to-host link to Northfield Savings' payment gateway: payroll payment files framed as
/// <c>&lt;length&gt;\n&lt;pain.001 XML&gt;</c> over a mutually authenticated TLS socket.
/// </summary>
public sealed class BankGatewayClient(BankGatewayOptions options, ILogger<BankGatewayClient> logger)
{
    public async Task<SslStream> ConnectAsync(CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(options.Host, options.Port, cancellationToken);
        var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await ssl.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = options.Host,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificates = new X509CertificateCollection { LoadClientCertificate() },
                RemoteCertificateValidationCallback = ValidateBankCertificate,  // expect: none
            },
            cancellationToken);
        logger.LogInformation("H2H session to {Host}:{Port} with {Protocol}", options.Host, options.Port, ssl.SslProtocol);
        return ssl;
    }

    /// <summary>The DR gateway still presents the 2019 certificate, issued to the primary's name.</summary>
    public async Task<SslStream> ConnectDisasterRecoveryAsync()
    {
        var tcp = new TcpClient(options.DrHost, options.Port);
        var ssl = new SslStream(tcp.GetStream(), false, AcceptPrimaryName);  // expect: tls
        await ssl.AuthenticateAsClientAsync(options.DrHost);
        return ssl;
    }

    /// <summary>The bank's test gateway runs on the 2012 appliance.</summary>
    public static async Task<SslStream> ConnectTestGatewayAsync(CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("h2h-test.northfield-savings.com", 7443, cancellationToken);
        var ssl = new SslStream(tcp.GetStream(), false);
#pragma warning disable SYSLIB0039 // the appliance offers TLS 1.0 and 1.1 only
        await ssl.AuthenticateAsClientAsync("h2h-test.northfield-savings.com", null, SslProtocols.Tls | SslProtocols.Tls11, checkCertificateRevocation: false);  // expect: tls
#pragma warning restore SYSLIB0039
        return ssl;
    }

    public static async Task SendPaymentFileAsync(SslStream ssl, string painXml, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(painXml);
        await ssl.WriteAsync(Encoding.ASCII.GetBytes($"{body.Length}\n"), cancellationToken);
        await ssl.WriteAsync(body, cancellationToken);
        await ssl.FlushAsync(cancellationToken);
    }

    private X509Certificate2 LoadClientCertificate()
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.ClientCertificatePath, options.ClientCertificatePassword);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"Cannot open {options.ClientCertificatePath} with password '{options.ClientCertificatePassword}'", ex);  // expect: log
        }
    }

    private bool ValidateBankCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        => errors == SslPolicyErrors.None
           && certificate?.GetCertHashString(HashAlgorithmName.SHA256) is { } thumbprint
           && options.PinnedCertificateSha256.Contains(thumbprint, StringComparer.OrdinalIgnoreCase);

    private static bool AcceptPrimaryName(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        => (errors & ~SslPolicyErrors.RemoteCertificateNameMismatch) == SslPolicyErrors.None;
}
