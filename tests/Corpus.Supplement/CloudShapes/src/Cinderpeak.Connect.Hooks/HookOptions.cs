namespace CloudShapes.Cinderpeak.Connect.Hooks;

/// <summary>Shared secrets of the inbound hooks; bound from the "Hooks" section (Key Vault references in production).</summary>
public sealed class HookOptions
{
    public string SnsSubscriptionToken { get; set; } = "";

    public string EventGridWebhookSecret { get; set; } = "";

    public string PubSubPushVerificationToken { get; set; } = "";

    public string CloudflareWebhookSecret { get; set; } = "";

    public string AlertmanagerReceiverToken { get; set; } = "";

    public string TerraformNotificationToken { get; set; } = "";

    public string PulumiWebhookSecret { get; set; } = "";
}
