using System;
using System.Text;

namespace SecureConnectors;

/// <summary>
/// A credential for one call, with the time it stops being valid. Every credential expires: a connector refuses one
/// that has expired or that lives longer than <see cref="ConnectorOptions.MaxCredentialLifetime"/>.
/// </summary>
public sealed class ConnectorCredential
{
    private ConnectorCredential(CredentialKind kind, string? user, SecretString secret, DateTimeOffset expiresAt)
    {
        Kind = kind;
        User = user;
        Secret = secret ?? throw new ArgumentNullException(nameof(secret));
        ExpiresAt = expiresAt;
    }

    /// <summary>How the credential is presented.</summary>
    public CredentialKind Kind { get; }

    /// <summary>The user name of a Basic credential; null for the others.</summary>
    public string? User { get; }

    /// <summary>The token, key or password.</summary>
    public SecretString Secret { get; }

    /// <summary>When the credential stops being valid.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>An OAuth access token.</summary>
    public static ConnectorCredential Bearer(SecretString token, DateTimeOffset expiresAt) =>
        new(CredentialKind.Bearer, null, token, expiresAt);

    /// <summary>An API key.</summary>
    public static ConnectorCredential ApiKey(SecretString key, DateTimeOffset expiresAt) =>
        new(CredentialKind.ApiKey, null, key, expiresAt);

    /// <summary>A user name and password.</summary>
    public static ConnectorCredential Basic(string user, SecretString password, DateTimeOffset expiresAt) =>
        new(CredentialKind.Basic, user ?? throw new ArgumentNullException(nameof(user)), password, expiresAt);

    /// <summary>The scheme for an <c>Authorization</c> header.</summary>
    public string Scheme => Kind switch
    {
        CredentialKind.Bearer => "Bearer",
        CredentialKind.Basic => "Basic",
        _ => "ApiKey",
    };

    /// <summary>The header value without its scheme. It holds the secret: send it, never log it.</summary>
    public string RevealHeaderValue() => Kind == CredentialKind.Basic
        ? Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Secret.Reveal()))
        : Secret.Reveal();

    /// <summary>Kind, user and expiry; never the secret.</summary>
    public override string ToString() =>
        $"{Kind} credential{(User is null ? "" : " for '" + User + "'")}, expires {ExpiresAt:O}";
}
