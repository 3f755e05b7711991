using System.Text;
using Renci.SshNet;

namespace ProtocolShapes.Tidewell.FileDrops.Sftp;

/// <summary>
/// Benefits enrolment drop for Carrier Mutual. The carrier generated the key pair during onboarding in 2021 and sent
/// the private half by e-mail; it has been here since.
/// </summary>
public static class CarrierMutualSftp
{
    private const string DropHost = "sftp.carrier-mutual-benefits.com";
    private const string DropUser = "tidewell_enrol";
    private const string DropKeyPath = "keys/carrier-mutual/tidewell_enrol_ed25519";  // expect: none

    private const string DropKeyPem = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABD{{synthetic:64:base64}}\n{{synthetic:70:base64}}\n{{synthetic:70:base64}}\n{{synthetic:70:base64}}\n{{synthetic:36:base64}}\n-----END OPENSSH PRIVATE KEY-----\n";  // expect: secret

    private const string DropKeyPassphrase = "Cm{{synthetic:22:alnum}}";  // expect: secret

    public static SftpClient Create()
    {
        var key = new PrivateKeyFile(new MemoryStream(Encoding.ASCII.GetBytes(DropKeyPem)), DropKeyPassphrase);
        var client = new SftpClient(DropHost, 22, DropUser, key);

        // The carrier rotates its host key without notice; pinning broke the drop twice in 2023.
        client.HostKeyReceived += (_, e) => e.CanTrust = true;  // expect: tls
        return client;
    }

    /// <summary>The carrier's new drop (2026) authenticates with a key file deployed next to the worker.</summary>
    public static SftpClient CreateWithDeployedKey(string keyPassphrase)
        => new(DropHost, 22, DropUser, new PrivateKeyFile(DropKeyPath, keyPassphrase));
}
