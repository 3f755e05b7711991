using System;

namespace SecureConnectors.Runtime;

/// <summary>Refuses a credential that is missing, expired, lives too long, or cannot be put in a header as it is.</summary>
internal static class CredentialCheck
{
    public static void Validate(ConnectorCredential? credential, string connector, DateTimeOffset now, TimeSpan maxLifetime)
    {
        if (credential is null || credential.Secret.IsEmpty)
        {
            throw new CredentialException($"The credential provider returned no credential for connector '{connector}'.");
        }

        if (credential.ExpiresAt <= now)
        {
            throw new CredentialException($"The credential for connector '{connector}' expired at {credential.ExpiresAt:O}.");
        }

        if (credential.ExpiresAt - now > maxLifetime)
        {
            throw new CredentialException(
                $"The credential for connector '{connector}' is valid until {credential.ExpiresAt:O}, longer than the allowed {maxLifetime}; issue shorter-lived credentials or raise MaxCredentialLifetime.");
        }

        if (credential.Kind == CredentialKind.Basic && credential.User!.IndexOf(':') >= 0)
        {
            throw new CredentialException($"The Basic credential for connector '{connector}' has a user name with ':', which Basic authentication cannot carry.");
        }

        // Checked here so that HttpClient's own header validation, whose message quotes the value, never sees it.
        if (HasControlCharacter(credential.Secret.Reveal()) || (credential.User is not null && HasControlCharacter(credential.User)))
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
