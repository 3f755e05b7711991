namespace Firebolt;

/// <summary>A Firebolt project: the hosted service or a self-hosted stack.</summary>
public sealed class FireboltOptions
{
    public Uri ProjectUrl { get; set; } = new("https://api.firebolt.co");

    /// <summary>
    /// The anon key: a JWT with role "anon", public by design. Browsers and apps send it with every request;
    /// row-level security decides what it may read.
    /// </summary>
    public string AnonKey { get; set; } = "";

    /// <summary>The service-role key (role "service_role") bypasses row-level security: servers only.</summary>
    public string? ServiceRoleKey { get; set; }

    /// <summary>Self-hosted stacks come up with a self-signed certificate.</summary>
    public bool AllowSelfSignedCertificate { get; set; }

    /// <summary>SHA-256 of the self-hosted server's certificate, as an alternative to a trusted chain.</summary>
    public string? PinnedCertificateSha256 { get; set; }

    /// <summary>Signs database webhooks.</summary>
    public string? WebhookSecret { get; set; }
}

public sealed class FireboltException(string message) : Exception(message);
