namespace SecureConnectors;

/// <summary>
/// A call to a connector that declares regions had no region, or one the connector does not declare: it is refused
/// before a credential is requested or anything sent, with no fallback to another region.
/// </summary>
public sealed class ResidencyException : ConnectorException
{
    /// <summary>Creates the exception for the region the call asked for (null: none).</summary>
    public ResidencyException(string message, string? region)
        : base(message)
    {
        Region = region;
    }

    /// <summary>The region the call was made for, or null when it had none.</summary>
    public string? Region { get; }
}
