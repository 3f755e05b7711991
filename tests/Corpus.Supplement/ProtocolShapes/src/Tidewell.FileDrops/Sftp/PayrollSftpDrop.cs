using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace ProtocolShapes.Tidewell.FileDrops.Sftp;

/// <summary>
/// Uploads the payroll export to Payroll Partner Ledger's SFTP server and collects their acknowledgement files.
/// The partner's host key is pinned by its SHA-256 fingerprint.
/// </summary>
public sealed class PayrollSftpDrop(IOptions<SftpDropOptions> options, ILogger<PayrollSftpDrop> logger)
{
    private readonly SftpDropOptions _options = options.Value;

    public SftpClient CreateClient()
    {
        var methods = new List<AuthenticationMethod>
        {
            new PasswordAuthenticationMethod(_options.UserName, _options.Password),
        };

        if (_options.PrivateKeyPath is { Length: > 0 } keyPath)
        {
            logger.LogDebug(
                "Loading SFTP key {KeyPath} for {User} with passphrase {Passphrase}",
                keyPath,
                _options.UserName,
                _options.PrivateKeyPassphrase);  // expect: log
            methods.Add(new PrivateKeyAuthenticationMethod(_options.UserName, new PrivateKeyFile(keyPath, _options.PrivateKeyPassphrase)));
        }

        var client = new SftpClient(new ConnectionInfo(_options.Host, _options.Port, _options.UserName, [.. methods]));
        client.HostKeyReceived += (_, e) =>
        {
            var presentedFingerprint = e.FingerPrintSHA256;
            e.CanTrust = string.Equals(presentedFingerprint, _options.HostKeySha256, StringComparison.Ordinal);  // expect: none
            if (!e.CanTrust)
            {
                logger.LogError("Host key {Fingerprint} of {Host} does not match the pinned key", presentedFingerprint, _options.Host);
            }
        };

        return client;
    }

    public void Upload(Stream export, string fileName)
    {
        using var client = CreateClient();
        try
        {
            client.Connect();
        }
        catch (SshAuthenticationException ex)
        {
            logger.LogError(ex, "SFTP login to {Host} failed for {User} (password of {Length} characters)", _options.Host, _options.UserName, _options.Password.Length);  // expect: none
            throw;
        }

        var partPath = $"{_options.RemoteDirectory}/{fileName}.part";
        client.UploadFile(export, partPath);
        client.RenameFile(partPath, $"{_options.RemoteDirectory}/{fileName}");
        logger.LogInformation("Uploaded {File} to {Host}", fileName, _options.Host);
    }

    public IReadOnlyList<AcknowledgementFile> VerifiedAcknowledgements(IEnumerable<AcknowledgementFile> downloaded)
        => downloaded
            .Where(ack => ack.Sha256 == Convert.ToHexStringLower(SHA256.HashData(ack.Content)))  // expect: none
            .ToList();

    public void ReportFailure(SftpEndpoint endpoint, Exception error)
        => logger.LogWarning(error, "Drop to {Endpoint} failed", endpoint);  // expect: log

    public void ReportTarget(SftpEndpoint endpoint)
        => logger.LogInformation("Drop target {Target}", new SftpEndpointSummary(endpoint.Host, endpoint.Port, endpoint.UserName));  // expect: none
}
