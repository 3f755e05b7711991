using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Notifications.Mail;

/// <summary>Sends payslip notifications through the regional relays with System.Net.Mail.</summary>
public sealed class PayslipMailer(MailRelayOptions relay, ILogger<PayslipMailer> logger)
{
    /// <summary>The EU relay. Port 25, because the relay's 587 listener has been firewalled since 2022.</summary>
    public SmtpClient CreateEuRelay() => new("smtp.payslip-relay-eu.com", 25) { EnableSsl = false, Credentials = new NetworkCredential(relay.UserName, relay.Password) };  // expect: http

    /// <summary>The US relay; nobody set EnableSsl, and System.Net.Mail does not upgrade on its own.</summary>
    public SmtpClient CreateUsRelay() => new("smtp.payslip-relay-us.com", 587) { Credentials = new NetworkCredential(relay.UserName, relay.Password) };  // expect: http

    public SmtpClient CreateConfiguredRelay() => new(relay.Host, relay.Port) { EnableSsl = true, Credentials = new NetworkCredential(relay.UserName, relay.Password) };  // expect: none

    /// <summary>smtp4dev on the developer's machine.</summary>
    public static SmtpClient CreateMailCatcher() => new("localhost", 2525) { EnableSsl = false };  // expect: none

    /// <summary>Operations alerts go out through the shared relay account.</summary>
    public static SmtpClient CreateAlertsRelay() => new("smtp.payslip-relay-eu.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("alerts@tidewell-hr.com", "Al{{synthetic:18:alnum}}"),  // expect: secret
    };

    public async Task SendAsync(SmtpClient client, MailMessage payslip, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendMailAsync(payslip, cancellationToken);
        }
        catch (SmtpException ex) when (ex.StatusCode is SmtpStatusCode.ClientNotPermitted or SmtpStatusCode.MustIssueStartTlsFirst)
        {
            var credential = client.Credentials as NetworkCredential;
            throw new InvalidOperationException(
                $"Relay {client.Host} refused {credential?.UserName}:{credential?.Password}",  // expect: log
                ex);
        }

        logger.LogInformation("Payslip notification sent through {Relay} as {User}", client.Host, (client.Credentials as NetworkCredential)?.UserName);
    }
}
