using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace ProtocolShapes.Tidewell.Ops.Syslog;

/// <summary>
/// The connector worker's audit trail: RFC 5424 messages over TLS (RFC 5425) to the SIEM collector, octet-counted.
/// The project's own small logging facade; audit events do not go through ILogger.
/// </summary>
public sealed class SyslogLogger : IDisposable
{
    private const int Facility = 16; // local0

    private readonly SslStream _stream;
    private readonly string _appName;

    private SyslogLogger(SslStream stream, string appName)
    {
        _stream = stream;
        _appName = appName;
    }

    public static async Task<SyslogLogger> ConnectAsync(string host, int port, SslProtocols sslProtocols, X509Certificate2 clientCertificate, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, port, cancellationToken);
        var stream = new SslStream(tcp.GetStream(), false);
        await stream.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = host,
                ClientCertificates = new X509CertificateCollection { clientCertificate },
                EnabledSslProtocols = sslProtocols,
            },
            cancellationToken);
        return new SyslogLogger(stream, "tidewell-connect");
    }

    public void Info(string message) => Write(6, message);

    public void Warning(string message) => Write(4, message);

    public void Error(string message) => Write(3, message);

    public void Dispose() => _stream.Dispose();

    private void Write(int severity, string message)
    {
        var line = Encoding.UTF8.GetBytes($"<{(Facility * 8) + severity}>1 {DateTimeOffset.UtcNow:O} {Environment.MachineName} {_appName} - - - {message}");
        _stream.Write(Encoding.ASCII.GetBytes($"{line.Length} "));
        _stream.Write(line);
    }
}

/// <summary>The SIEM collector and the worker's client certificate for it.</summary>
public static class SiemCollector
{
    public const string Host = "siem-collector.tidewell-ops.com";

    public const int Port = 6514;

    public static X509Certificate2 LoadClientCertificate()
        => X509CertificateLoader.LoadPkcs12FromFile("certs/syslog-client.pfx", "Sy{{synthetic:18:alnum}}");  // expect: secret

    /// <summary>Store routers only send UDP syslog; each store's relay forwards to the collector.</summary>
    public static void SendToStoreRelay(string storeRelay, string line)
    {
        using var udp = new UdpClient();
        var bytes = Encoding.UTF8.GetBytes(line);
        udp.Send(bytes, bytes.Length, storeRelay, 514);
    }
}
