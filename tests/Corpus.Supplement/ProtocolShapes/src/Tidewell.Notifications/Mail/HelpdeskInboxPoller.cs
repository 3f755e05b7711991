using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Notifications.Mail;

/// <summary>Turns mail sent to the customers' helpdesk inboxes into tickets.</summary>
public sealed class HelpdeskInboxPoller(InboxOptions inbox, ILogger<HelpdeskInboxPoller> logger)
{
    private const string RemittancePin = "{{synthetic:64:HEX}}";

    public async Task<ImapClient> OpenPrimaryAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient { CheckCertificateRevocation = false };  // expect: none
        await client.ConnectAsync(inbox.ImapHost, 993, SecureSocketOptions.SslOnConnect, cancellationToken);
        await client.AuthenticateAsync(inbox.UserName, inbox.Password, cancellationToken);
        return client;
    }

    /// <summary>Northfield's on-premises Exchange 2013: IMAP on 143, STARTTLS was never configured.</summary>
    public async Task<ImapClient> OpenNorthfieldAsync(CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        await client.ConnectAsync("mail.northfield-outfitters.com", 143, SecureSocketOptions.None, cancellationToken);  // expect: http
        logger.LogTrace(
            "IMAP login {User} / {Password}",
            inbox.UserName,
            inbox.Password);  // expect: log
        await client.AuthenticateAsync(inbox.UserName, inbox.Password, cancellationToken);
        return client;
    }

    /// <summary>Carrier Mutual's claims inbox. Their certificate expired in 2024; renewal "is scheduled".</summary>
    public async Task<ImapClient> OpenCarrierClaimsAsync(string password, CancellationToken cancellationToken)
    {
        var client = new ImapClient
        {
            ServerCertificateValidationCallback = (sender, certificate, chain, errors) => true,  // expect: tls
        };
        await client.ConnectAsync("imap.carrier-mutual-benefits.com", 993, SecureSocketOptions.SslOnConnect, cancellationToken);
        await client.AuthenticateAsync("claims-tidewell", password, cancellationToken);
        return client;
    }

    /// <summary>Mailboxes hosted by the customers' mail provider sit behind its shared certificate, which never names the customer's host.</summary>
    public async Task<Pop3Client> OpenHostedPopAsync(string host, CancellationToken cancellationToken)
    {
        var client = new Pop3Client();
        client.ServerCertificateValidationCallback = (_, _, _, errors) =>  // expect: tls
            errors == SslPolicyErrors.None || errors == SslPolicyErrors.RemoteCertificateNameMismatch;
        await client.ConnectAsync(host, 995, SecureSocketOptions.SslOnConnect, cancellationToken);
        await client.AuthenticateAsync(inbox.UserName, inbox.Password, cancellationToken);
        return client;
    }

    /// <summary>The bank's remittance mailbox; its certificate is pinned on top of the platform's check.</summary>
    public async Task<Pop3Client> OpenRemittancePopAsync(string password, CancellationToken cancellationToken)
    {
        var client = new Pop3Client
        {
            ServerCertificateValidationCallback = PinnedRemittanceCertificate,  // expect: none
        };
        await client.ConnectAsync("pop.remit-bank-northfield.com", 110, SecureSocketOptions.StartTls, cancellationToken);  // expect: none
        await client.AuthenticateAsync("remittance-tidewell", password, cancellationToken);
        return client;
    }

    public async Task<int> CountNewAsync(ImapClient client, CancellationToken cancellationToken)
    {
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        logger.LogDebug("Inbox {Folder} of {User} holds {Count} messages", client.Inbox.FullName, inbox.UserName, client.Inbox.Count);
        return client.Inbox.Count;
    }

    private static bool PinnedRemittanceCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        => errors == SslPolicyErrors.None
           && string.Equals(certificate?.GetCertHashString(HashAlgorithmName.SHA256), RemittancePin, StringComparison.OrdinalIgnoreCase);
}
