namespace ProtocolShapes.Tidewell.Notifications.Mail;

/// <summary>Bound from <c>Mail:Relay</c>: the relay that payslips and remittance advice go out through.</summary>
public sealed class MailRelayOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}

/// <summary>Bound from <c>Mail:Inbox</c>: the helpdesk mailbox that tickets are opened from.</summary>
public sealed class InboxOptions
{
    public string ImapHost { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}

/// <summary>Bound from <c>Mail:Inbound</c>: the relay's inbound-parse webhook.</summary>
public sealed class InboundMailOptions
{
    public string RelayToken { get; set; } = "";

    public string SigningSecret { get; set; } = "";
}
