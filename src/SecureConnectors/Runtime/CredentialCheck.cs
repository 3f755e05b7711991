using System;

namespace SecureConnectors.Runtime;

/// <summary>Refuses a credential that is missing, expired, lives too long, or cannot be put in a header as it is.</summary>
internal static class CredentialCheck
{
    public static void Validate(ConnectorCredential? credential, string connector, DateTimeOffset now, TimeSpan maxLifetime, bool allowNonExpiring)
    {
        // A key used as the Basic user name (Stripe, BambooHR) comes with an empty password; the key is what must be there.
        if (credential is null || (credential.Secret.IsEmpty && !(credential.HasSecretUser && credential.RevealUser()!.Length > 0)))
        {
            throw new CredentialException($"The credential provider returned no credential for connector '{connector}'.");
        }

        if (credential.NeverExpires)
        {
            if (!allowNonExpiring)
            {
                throw new CredentialException(
                    $"The credential for connector '{connector}' has no expiry; set ConnectorOptions.AllowNonExpiringCredentials to accept keys that never expire, or give it one.");
            }
        }
        else if (credential.ExpiresAt <= now)
        {
            throw new CredentialException($"The credential for connector '{connector}' expired at {credential.ExpiresAt:O}.");
        }
        else if (credential.ExpiresAt - now > maxLifetime)
        {
            throw new CredentialException(
                $"The credential for connector '{connector}' is valid until {credential.ExpiresAt:O}, longer than the allowed {maxLifetime}; issue shorter-lived credentials or raise MaxCredentialLifetime.");
        }

        var user = credential.RevealUser();
        if (credential.Kind == CredentialKind.Basic && (user is null || user.IndexOf(':') >= 0))
        {
            throw new CredentialException($"The Basic credential for connector '{connector}' has a user name with ':', which Basic authentication cannot carry.");
        }

        // Checked here so that HttpClient's own header validation, whose message quotes the value, never sees it.
        if (HasControlCharacter(credential.Secret.Reveal()) || (user is not null && HasControlCharacter(user)))
        {
            throw new CredentialException($"The credential for connector '{connector}' holds control characters and cannot be sent in a header.");
        }
    }

    private static bool HasControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
