using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using FluentFTP;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.FileDrops.Ftp;

/// <summary>FTPS drops: Carrier Mutual's enrolment server and Payroll Partner Ledger's general-ledger host.</summary>
public sealed class CarrierFtpsUploader(FtpDropOptions options, ILogger<CarrierFtpsUploader> logger)
{
    /// <summary>Carrier Mutual's FTPS server, explicit TLS on 21. Its certificate is pinned by SHA-256 thumbprint.</summary>
    public AsyncFtpClient CreateEnrolmentClient()
    {
        var client = new AsyncFtpClient(options.Host, options.UserName, options.Password, 21);
        client.Config.EncryptionMode = FtpEncryptionMode.Explicit;
        client.Config.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        client.Config.ValidateCertificateRevocation = false;  // expect: none
        client.Config.ValidateAnyCertificate = options.ValidateAnyCertificate;
        client.ValidateCertificate += OnValidateCarrierCertificate;  // expect: none
        return client;
    }

    private void OnValidateCarrierCertificate(BaseFtpClient control, FtpSslValidationEventArgs e)
    {
        if (e.PolicyErrors == SslPolicyErrors.None)
        {
            e.Accept = true;
            return;
        }

        var thumbprint = e.Certificate?.GetCertHashString(HashAlgorithmName.SHA256);
        e.Accept = thumbprint is not null && options.CarrierCertificatePins.Contains(thumbprint, StringComparer.OrdinalIgnoreCase);
        logger.LogWarning("Carrier certificate {Thumbprint} on {Host} had {Errors}; pinned: {Accepted}", thumbprint, control.Host, e.PolicyErrors, e.Accept);
    }

    /// <summary>The ledger's general-ledger box. "No FTPS on that server", says their ops team.</summary>
    public AsyncFtpClient CreateGeneralLedgerClient()
    {
        var client = new AsyncFtpClient("ftp.payroll-partner-ledger.com", options.UserName, options.Password);
        client.Config.EncryptionMode = FtpEncryptionMode.None;  // expect: http
        client.Config.DataConnectionType = FtpDataConnectionType.PASV;
        return client;
    }

    /// <summary>Carrier Mutual's disaster-recovery site serves the primary's certificate on an old appliance.</summary>
    public AsyncFtpClient CreateDisasterRecoveryClient()
    {
        var client = new AsyncFtpClient("ftps-dr.carrier-mutual-benefits.com", options.UserName, options.Password, 990);
        client.Config.EncryptionMode = FtpEncryptionMode.Implicit;
        client.ValidateCertificate += (_, e) => e.Accept = true;  // expect: tls
        return client;
    }

    public async Task UploadAsync(AsyncFtpClient client, Stream file, string remotePath, CancellationToken cancellationToken)
    {
        await client.Connect(cancellationToken);
        var status = await client.UploadStream(file, remotePath, FtpRemoteExists.Overwrite, createRemoteDir: true, token: cancellationToken);
        if (status != FtpStatus.Success)
        {
            throw new IOException($"Upload of {remotePath} to {client.Host} as {client.Credentials.UserName} failed: {status}");  // expect: none
        }

        logger.LogInformation("Uploaded {Path} to {Host}", remotePath, client.Host);
    }
}
