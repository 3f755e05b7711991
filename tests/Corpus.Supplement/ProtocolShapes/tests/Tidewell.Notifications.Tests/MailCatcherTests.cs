using System.Net.Mail;
using MailKit.Net.Imap;
using MailKit.Security;
using Xunit;

namespace ProtocolShapes.Tidewell.Notifications.Tests;

/// <summary>Against GreenMail and smtp4dev, which the test fixture starts on this machine with self-signed certificates.</summary>
public sealed class MailCatcherTests
{
    private const string GreenMailPassword = "Greenmail!Test1";  // expect: none

    [Fact]
    public async Task Imap_poller_reads_the_seeded_message()
    {
        using var imap = new ImapClient { ServerCertificateValidationCallback = (_, _, _, _) => true };  // expect: none
        await imap.ConnectAsync("localhost", 3993, SecureSocketOptions.SslOnConnect);
        await imap.AuthenticateAsync("support@localhost", GreenMailPassword);
        Assert.True(imap.IsAuthenticated);
    }

    [Fact]
    public async Task Payslip_relay_hands_over_to_smtp4dev()
    {
        using var smtp = new SmtpClient("127.0.0.1", 2525) { EnableSsl = false };
        await smtp.SendMailAsync(new MailMessage("payroll@tidewell-hr.com", "employee@tidewell-hr.com", "Payslip", "Attached."));
    }
}
