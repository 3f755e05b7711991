using System;
using System.Net;

namespace SecureConnectors;

/// <summary>
/// The base of every failure a connector reports. Messages name what failed, never a secret or response content.
/// </summary>
public class ConnectorException : Exception
{
    /// <summary>Creates an exception with a message that holds no secret and no response content.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception that carries the HTTP status the provider answered with.</summary>
    public ConnectorException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The provider's HTTP status, where the failure came from a response.</summary>
    public HttpStatusCode? StatusCode { get; }
}
