using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Settings named to turn a client's TLS on (<c>EnableSsl</c>, <c>UseSsl</c>, <c>UseTls</c>, <c>Ssl</c>, <c>Tls</c>,
/// <c>SslEnabled</c>) and the settings beside them that name the server (<c>Host</c>, <c>Server</c>, <c>SmtpServer</c>,
/// <c>Url</c>, <c>Endpoint</c>). Set to false beside a remote server's name, such a switch sends credentials and data in
/// clear text: <c>new SmtpClient("smtp.sendgrid.net", 587) { EnableSsl = false }</c>, a log sink's
/// <c>{ "url": "intake.logs.datadoghq.com", "useSSL": false }</c>.
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

    /// <summary>Whether <paramref name="name"/> names the server a client reaches.</summary>
    public static bool IsServerSetting(string name)
    {
        var normalized = Normalized(name);
        return normalized is "host" or "hostname" or "server" or "servername" or "address" or "serveraddress" or "url" or "serverurl"
            or "endpoint" or "smtphost" or "smtpserver" or "mailserver" or "smtpaddress";
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
