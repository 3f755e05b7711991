using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ProtocolShapes.Tidewell.Notifications.Mail;

/// <summary>Sends remittance advice to carriers and banks with MailKit.</summary>
public sealed class RemittanceMailSender(MailRelayOptions relay, ILogger<RemittanceMailSender> logger)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(relay.Host, 587, SecureSocketOptions.StartTls, cancellationToken);
        await smtp.AuthenticateAsync(relay.UserName, relay.Password, cancellationToken);
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Remittance {MessageId} relayed as {User}", message.MessageId, relay.UserName);
    }

    /// <summary>Carrier Mutual's inbound relay accepts mail from our addresses only; it offers STARTTLS on 587.</summary>
    public static async Task SendToCarrierAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("smtp-in.carrier-mutual-benefits.com", 587, useSsl: false, cancellationToken);  // expect: none
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>The bank's remittance relay in its DMZ: SMTP AUTH on 587 with no TLS at all.</summary>
    public static async Task SendToBankAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("relay.remit-bank-northfield.com", 587, SecureSocketOptions.None, cancellationToken);  // expect: http
        await smtp.AuthenticateAsync("tidewell-remit", "Rm{{synthetic:16:alnum}}", cancellationToken);  // expect: secret
        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>Papercut on the developer's machine.</summary>
    public static async Task SendToPapercutAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("localhost", 25, SecureSocketOptions.None, cancellationToken);  // expect: none
        await smtp.SendAsync(message, cancellationToken);
    }
}
