using System;
using System.Text;

namespace SecureConnectors;

/// <summary>
/// A credential for one call, with the time it stops being valid. A connector refuses one that has expired or that
/// lives longer than <see cref="ConnectorOptions.MaxCredentialLifetime"/>; one made without an expiry is refused unless
/// <see cref="ConnectorOptions.AllowNonExpiringCredentials"/> is set.
/// </summary>
public sealed class ConnectorCredential
{
    private readonly SecretString? secretUser;

    private ConnectorCredential(CredentialKind kind, string? user, SecretString? secretUser, SecretString secret, DateTimeOffset expiresAt, bool neverExpires)
    {
        Kind = kind;
        User = user;
        this.secretUser = secretUser;
        Secret = secret ?? throw new ArgumentNullException(nameof(secret));
        ExpiresAt = expiresAt;
        NeverExpires = neverExpires;
    }

    /// <summary>How the credential is presented.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The user name of a Basic credential made with a plain user name; null for the others (a secret user name is never shown).</summary>
    public string? User { get; }

    /// <summary>The token, key or password.</summary>
    public SecretString Secret { get; }

    /// <summary>When the credential stops being valid; <see cref="DateTimeOffset.MaxValue"/> for one made without an expiry.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Made without an expiry: accepted only where <see cref="ConnectorOptions.AllowNonExpiringCredentials"/> is set.</summary>
    internal bool NeverExpires { get; }

    /// <summary>Made with a secret user name (the key as the Basic user name).</summary>
    internal bool HasSecretUser => secretUser is not null;

    /// <summary>The user name as it goes on the wire, plain or secret.</summary>
    internal string? RevealUser() => User ?? secretUser?.Reveal();

    /// <summary>An OAuth access token.</summary>
    public static ConnectorCredential Bearer(SecretString token, DateTimeOffset expiresAt) =>
        new(CredentialKind.Bearer, null, null, token, expiresAt, neverExpires: false);

    /// <summary>
    /// A token that does not expire (a Slack bot token, a HubSpot private-app token). Refused unless
    /// <see cref="ConnectorOptions.AllowNonExpiringCredentials"/> is set.
    /// </summary>
    public static ConnectorCredential Bearer(SecretString token) =>
        new(CredentialKind.Bearer, null, null, token, DateTimeOffset.MaxValue, neverExpires: true);

    /// <summary>An API key.</summary>
    public static ConnectorCredential ApiKey(SecretString key, DateTimeOffset expiresAt) =>
        new(CredentialKind.ApiKey, null, null, key, expiresAt, neverExpires: false);

    /// <summary>
    /// An API key that does not expire (a Stripe secret key, a BambooHR key). Refused unless
    /// <see cref="ConnectorOptions.AllowNonExpiringCredentials"/> is set.
    /// </summary>
    public static ConnectorCredential ApiKey(SecretString key) =>
        new(CredentialKind.ApiKey, null, null, key, DateTimeOffset.MaxValue, neverExpires: true);

    /// <summary>A user name and password.</summary>
    public static ConnectorCredential Basic(string user, SecretString password, DateTimeOffset expiresAt) =>
        new(CredentialKind.Basic, user ?? throw new ArgumentNullException(nameof(user)), null, password, expiresAt, neverExpires: false);

    /// <summary>
    /// Basic authentication whose user name is itself a secret, for providers that take the key as the user name
    /// (Stripe, BambooHR). No member, <see cref="ToString"/> or serialization shows either part.
    /// </summary>
    public static ConnectorCredential Basic(SecretString user, SecretString password, DateTimeOffset expiresAt) =>
        new(CredentialKind.Basic, null, user ?? throw new ArgumentNullException(nameof(user)), password, expiresAt, neverExpires: false);

    /// <summary>The scheme for an <c>Authorization</c> header.</summary>
    public string Scheme => Kind switch
    {
        CredentialKind.Bearer => "Bearer",
        CredentialKind.Basic => "Basic",
        _ => "ApiKey",
    };

    /// <summary>The header value without its scheme. It holds the secret: send it, never log it.</summary>
    public string RevealHeaderValue() => Kind == CredentialKind.Basic
        ? Convert.ToBase64String(Encoding.UTF8.GetBytes(RevealUser() + ":" + Secret.Reveal()))
        : Secret.Reveal();

    /// <summary>Kind, a plain user name and expiry; never a secret.</summary>
    public override string ToString() =>
        $"{Kind} credential{(User is null ? "" : " for '" + User + "'")}, {(NeverExpires ? "never expires" : "expires " + ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}";
}
