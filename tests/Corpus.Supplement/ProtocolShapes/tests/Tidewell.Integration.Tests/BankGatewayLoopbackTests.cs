using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ProtocolShapes.Tidewell.Integration.Tcp;
using Xunit;

namespace ProtocolShapes.Tidewell.Integration.Tests;

/// <summary>Framing tests against an in-process TLS server on 127.0.0.1 with a certificate made for the test.</summary>
public sealed class BankGatewayLoopbackTests
{
    [Fact]
    public async Task Payment_file_is_length_prefixed()
    {
        using var serverCertificate = CreateSelfSigned();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var received = ReceiveOneAsync(listener, serverCertificate);

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        using var ssl = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);  // expect: none
        await ssl.AuthenticateAsClientAsync("localhost");
        await BankGatewayClient.SendPaymentFileAsync(ssl, "<Document/>", CancellationToken.None);

        Assert.Equal("11\n<Document/>", await received);
    }

    private static async Task<string> ReceiveOneAsync(TcpListener listener, X509Certificate2 certificate)
    {
        using var client = await listener.AcceptTcpClientAsync();
        using var ssl = new SslStream(client.GetStream(), false);
        await ssl.AuthenticateAsServerAsync(certificate);
        var buffer = new byte[256];
        var read = await ssl.ReadAsync(buffer);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static X509Certificate2 CreateSelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }
}
