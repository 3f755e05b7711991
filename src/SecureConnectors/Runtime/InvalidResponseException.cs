namespace SecureConnectors.Runtime;

/// <summary>A 2xx response that could not be read: malformed, of another shape, or too large. Callers see a <see cref="ConnectorException"/>.</summary>
internal sealed class InvalidResponseException : ConnectorException
{
    public InvalidResponseException(string message)
        : base(message)
    {
    }
}
