namespace ProtocolShapes.Tidewell.Ops.Syslog;

/// <summary>Writes the connector's security events to the SIEM through <see cref="SyslogLogger"/>.</summary>
public sealed class AuditForwarder(SyslogLogger syslog)
{
    /// <summary>Written during the 2025 incident to see what the partner's script was sending; never taken out.</summary>
    public void SftpLoginRejected(string partner, string user, string password)
        => syslog.Warning($"sftp login rejected partner={partner} user={user} password={password}");  // expect: log

    public void FtpLoginRejected(string partner, string user, string password)
        => syslog.Warning($"ftp login rejected partner={partner} user={user} passwordLength={password.Length}");  // expect: none

    public void DirectoryBindFailed(string server, string bindDn)
        => syslog.Error($"ldap bind failed server={server} dn={bindDn}");

    public void CertificatePinMismatch(string host, string thumbprint)
        => syslog.Warning($"certificate pin mismatch host={host} sha256={thumbprint}");

    public void KioskEnrolled(string deviceId, string apiKeyHash)
        => syslog.Info($"kiosk enrolled device={deviceId} keyHash={apiKeyHash}");  // expect: none
}
