using System;
using System.Net;

namespace SecureConnectors;

/// <summary>
/// The provider answered with a success status but reported an error in the body (<see cref="ProviderErrorsAttribute"/>).
/// <see cref="ConnectorException.StatusCode"/> is the HTTP status it answered with.
/// </summary>
public sealed class ProviderErrorException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public ProviderErrorException(string message, string? code, HttpStatusCode statusCode)
        : base(message, statusCode)
    {
        Code = code;
    }

    /// <summary>The provider's error code (<c>channel_not_found</c>), when it sent one as a string.</summary>
    public string? Code { get; }
}
