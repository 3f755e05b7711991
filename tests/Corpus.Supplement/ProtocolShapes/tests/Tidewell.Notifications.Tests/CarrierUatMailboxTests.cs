using MailKit.Net.Imap;
using MailKit.Security;
using ProtocolShapes.Tidewell.Notifications.Mail;
using Xunit;

namespace ProtocolShapes.Tidewell.Notifications.Tests;

/// <summary>Nightly run against Carrier Mutual's UAT mail servers.</summary>
[Trait("Category", "Uat")]
public sealed class CarrierUatMailboxTests
{
    [Fact]
    public async Task Claims_inbox_is_reachable()
    {
        using var imap = new ImapClient();
        imap.ServerCertificateValidationCallback = (_, _, _, _) => true;  // expect: tls
        await imap.ConnectAsync("imap-uat.carrier-mutual-benefits.com", 993, SecureSocketOptions.SslOnConnect);
        await imap.AuthenticateAsync(Environment.GetEnvironmentVariable("CARRIER_UAT_USER")!, Environment.GetEnvironmentVariable("CARRIER_UAT_PASSWORD")!);
        Assert.True(imap.IsAuthenticated);
    }

    [Fact]
    public void Relay_options_default_to_tls()
    {
        var relay = new MailRelayOptions { Host = "smtp-uat.carrier-mutual-benefits.com", Password = "" };
        Assert.True(relay.EnableSsl);
        Assert.Equal(587, relay.Port);
    }
}
