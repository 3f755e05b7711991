using System;

namespace SecureConnectors;

/// <summary>
/// The credential provider's answer was refused before anything was sent: missing, expired, or living longer than the
/// options allow; or the provider itself failed. The message never holds the secret.
/// </summary>
public sealed class CredentialException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public CredentialException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a provider that failed, keeping its exception.</summary>
    public CredentialException(string message, Exception? innerException)
        : base(message, null, innerException)
    {
    }
}
