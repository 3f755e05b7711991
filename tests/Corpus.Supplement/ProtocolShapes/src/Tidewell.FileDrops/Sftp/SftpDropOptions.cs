namespace ProtocolShapes.Tidewell.FileDrops.Sftp;

/// <summary>Bound from <c>FileDrops:Sftp</c>. In production the password and the key passphrase come from Key Vault.</summary>
public sealed class SftpDropOptions
{
    public const string SectionName = "FileDrops:Sftp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 22;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string? PrivateKeyPath { get; set; }

    public string? PrivateKeyPassphrase { get; set; }

    /// <summary>SHA-256 fingerprint of the partner's host key as <c>ssh-keygen -lf</c> prints it, without "SHA256:".</summary>
    public string HostKeySha256 { get; set; } = "";

    /// <summary>Name of the Key Vault secret that holds <see cref="Password"/>.</summary>
    public string PasswordSecretName { get; set; } = "payroll-ledger-sftp-password";  // expect: none

    public string RemoteDirectory { get; set; } = "/inbound/payroll";

    public string AcknowledgementDirectory { get; set; } = "/outbound/ack";
}

/// <summary>One partner drop as the scheduler hands it over.</summary>
public sealed record SftpEndpoint(string Host, int Port, string UserName, string Password);

/// <summary>What the status page shows of a drop: no credential.</summary>
public sealed record SftpEndpointSummary(string Host, int Port, string UserName);

/// <summary>An acknowledgement file and the SHA-256 the partner lists for it in ack-manifest.json.</summary>
public sealed record AcknowledgementFile(string Name, string Sha256, byte[] Content);
