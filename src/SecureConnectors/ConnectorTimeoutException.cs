using System;

namespace SecureConnectors;

/// <summary>The call did not finish, body included, within <see cref="ConnectorOptions.Timeout"/>.</summary>
public sealed class ConnectorTimeoutException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public ConnectorTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, null, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }
}
