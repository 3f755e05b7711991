namespace ProtocolShapes.Tidewell.Timeclock.Mqtt;

/// <summary>Bound from <c>Timeclock</c>.</summary>
public sealed class TimeclockSettings
{
    public string BrokerUri { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>For customers whose self-hosted brokers use their own CA (see CustomerBrokerOptions).</summary>
    public bool AllowUntrustedCertificates { get; set; }

    /// <summary>Base64 key that terminals on firmware 1.x sign punches with (one key for the whole fleet).</summary>
    public string PunchSigningKey { get; set; } = "";
}

/// <summary>A punch as the terminal publishes it on <c>clocks/{deviceId}/punches</c>.</summary>
public sealed record PunchMessage(string DeviceId, string Badge, DateTimeOffset Timestamp, string Signature, int FirmwareMajor);
