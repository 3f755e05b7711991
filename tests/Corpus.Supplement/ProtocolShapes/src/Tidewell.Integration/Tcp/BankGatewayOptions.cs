namespace ProtocolShapes.Tidewell.Integration.Tcp;

/// <summary>Bound from <c>Integration:BankGateway</c>.</summary>
public sealed class BankGatewayOptions
{
    public string Host { get; set; } = "";

    public string DrHost { get; set; } = "";

    public int Port { get; set; } = 7443;

    public string ClientCertificatePath { get; set; } = "";

    public string ClientCertificatePassword { get; set; } = "";

    /// <summary>SHA-256 thumbprints (hex) of the gateway's certificates, current and next.</summary>
    public string[] PinnedCertificateSha256 { get; set; } = [];
}
