namespace ProtocolShapes.Tidewell.FileDrops.Ftp;

/// <summary>Bound from <c>FileDrops:CarrierFtps</c>.</summary>
public sealed class FtpDropOptions
{
    public string Host { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>SHA-256 thumbprints (hex) of the carrier's FTPS certificates, current and next.</summary>
    public string[] CarrierCertificatePins { get; set; } = [];

    /// <summary>Switch kept from the 2022 migration, when the carrier's certificate was renewed late.</summary>
    public bool ValidateAnyCertificate { get; set; }
}
