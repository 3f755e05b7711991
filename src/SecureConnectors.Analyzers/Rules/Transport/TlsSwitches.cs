using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Settings named to turn a client's TLS on (<c>EnableSsl</c>, <c>UseSsl</c>, <c>UseTls</c>, <c>Ssl</c>, <c>Tls</c>,
/// <c>SslEnabled</c>) and the settings beside them that name the server (<c>Host</c>, <c>Server</c>, <c>SmtpServer</c>,
/// <c>Url</c>, <c>Endpoint</c>). Set to false beside a remote server's name, such a switch sends credentials and data in
/// clear text: <c>new SmtpClient("smtp.sendgrid.net", 587) { EnableSsl = false }</c>, a log sink's
/// <c>{ "url": "intake.logs.datadoghq.com", "useSSL": false }</c>. A generic switch beside a mail submission port is left
/// alone (<see cref="NeverUpgrades"/>): there the client may still upgrade with STARTTLS, and turning the switch on
/// would ask for a TLS-wrapped connection the port does not speak.
/// </summary>
internal static class TlsSwitches
{
    /// <summary>Whether <paramref name="name"/> names a switch that turns TLS on when true.</summary>
    public static bool IsTlsSwitch(string name)
    {
        var normalized = Normalized(name);
        return normalized is "enablessl" or "usessl" or "enabletls" or "usetls" or "ssl" or "tls" or "sslenabled" or "tlsenabled"
            or "issslenabled" or "istlsenabled" or "usessltls";
    }

    /// <summary>
    /// Whether the switch, set to false, leaves no TLS at all: System.Net.Mail's <c>EnableSsl</c> (and its
    /// <c>enableSsl</c> attribute) never upgrades. A generic <c>UseSsl</c>, <c>Ssl</c> or <c>Tls</c> may only mean "no
    /// TLS-wrapped connection": MailKit's <c>Connect(host, port, useSsl: false)</c> still upgrades with STARTTLS.
    /// </summary>
    public static bool NeverUpgrades(string switchName) => Normalized(switchName) == "enablessl";

    /// <summary>The mail submission and relay ports where a client without a TLS-wrapped connection upgrades with STARTTLS.</summary>
    public static bool IsStartTlsPort(int port) => port is 25 or 587 or 2525;

    /// <summary>Whether <paramref name="name"/> names the port a client reaches.</summary>
    public static bool IsPortSetting(string name) => Normalized(name) is "port" or "serverport" or "smtpport";

    /// <summary>Whether <paramref name="name"/> names the server a client reaches.</summary>
    public static bool IsServerSetting(string name)
    {
        var normalized = Normalized(name);
        return normalized is "host" or "hostname" or "server" or "servername" or "address" or "serveraddress" or "url" or "serverurl"
            or "endpoint" or "smtphost" or "smtpserver" or "mailserver" or "smtpaddress" or "bootstrapservers" or "brokers";
    }

    /// <summary>
    /// The host a server setting's value names (<c>smtp.contoso.com</c>, <c>smtp.contoso.com:587</c>,
    /// <c>tcp://intake.example.com:10516</c>), lower-cased; null when it names none.
    /// </summary>
    public static string? HostOf(string value)
    {
        var text = value.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text.Substring(scheme + 3);
        }

        var end = text.IndexOfAny(AuthorityEnds);
        if (end >= 0)
        {
            text = text.Substring(0, end);
        }

        var at = text.LastIndexOf('@');
        if (at >= 0)
        {
            text = text.Substring(at + 1);
        }

        var port = text.StartsWith("[", StringComparison.Ordinal) ? text.IndexOf("]:", StringComparison.Ordinal) + 1 : text.IndexOf(':');
        if (port > 0)
        {
            text = text.Substring(0, port);
        }

        if (text.Length == 0 || text.IndexOf(' ') >= 0)
        {
            return null;
        }

        return text.ToLowerInvariant();
    }

    private static readonly char[] AuthorityEnds = { '/', '?', '#', ';', ',' };

    private static string Normalized(string name) => name.Replace("_", "").Replace("-", "").ToLowerInvariant();
}
