using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using ProtocolShapes.Tidewell.Integration.Tcp;
using Xunit;

namespace ProtocolShapes.Tidewell.Integration.Tests;

/// <summary>Nightly run against the bank's UAT gateway (dotnet test --filter Category=Uat).</summary>
[Trait("Category", "Uat")]
public sealed class BankGatewayUatTests
{
    [Fact]
    public async Task Uat_gateway_accepts_an_empty_batch()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("h2h-uat.northfield-savings.com", 7443);
        using var ssl = new SslStream(tcp.GetStream(), false);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "h2h-uat.northfield-savings.com",
#pragma warning disable SYSLIB0039 // the UAT appliance is a generation behind production
            EnabledSslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: tls
#pragma warning restore SYSLIB0039
            RemoteCertificateValidationCallback = (_, _, _, errors) => errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateChainErrors,  // expect: tls
        });

        await BankGatewayClient.SendPaymentFileAsync(ssl, "<Document/>", CancellationToken.None);
        Assert.True(ssl.IsAuthenticated);
    }

    [Fact]
    public void Gateway_options_pin_two_certificates()
    {
        var options = new BankGatewayOptions { Host = "h2h-uat.northfield-savings.com", PinnedCertificateSha256 = ["{{synthetic:64:HEX}}", "{{synthetic:64:HEX}}"] };
        Assert.Equal(2, options.PinnedCertificateSha256.Length);
    }
}
