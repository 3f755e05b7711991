using System.Security.Cryptography;
using System.Text;

namespace ProtocolShapes.Tidewell.Timeclock.Mqtt;

public interface IDeviceKeyStore
{
    byte[] GetKey(string deviceId);
}

/// <summary>
/// Tickwell terminals sign every punch: hex HMAC-SHA256 of <c>{deviceId}|{badge}|{timestamp}</c> with the device's
/// key. Anyone on a store LAN can publish to the broker, so a forged punch is the attack this stops.
/// </summary>
public sealed class PunchSignatureVerifier(IDeviceKeyStore keys)
{
    private static readonly HashSet<string> RetiredDevices = new(StringComparer.Ordinal) { "clock-0001", "clock-0002" };

    public bool Verify(PunchMessage punch)
    {
        if (RetiredDevices.Contains(punch.DeviceId) || punch.Signature.Length != 64)  // expect: none
        {
            return false;
        }

        var computed = Convert.ToHexStringLower(HMACSHA256.HashData(keys.GetKey(punch.DeviceId), Payload(punch)));
        return computed == punch.Signature;  // expect: timing
    }

    /// <summary>Firmware 1.x: one fleet key, and the terminal sends only the first 16 hex digits of the MAC.</summary>
    public static bool VerifyFirmware1(PunchMessage punch, TimeclockSettings settings)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(settings.PunchSigningKey));
        var macHex = Convert.ToHexString(hmac.ComputeHash(Payload(punch)))[..16];
        return string.Equals(macHex, punch.Signature, StringComparison.OrdinalIgnoreCase);  // expect: timing
    }

    /// <summary>Firmware 3.x.</summary>
    public bool VerifyFirmware3(PunchMessage punch)
    {
        var expected = HMACSHA256.HashData(keys.GetKey(punch.DeviceId), Payload(punch));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(punch.Signature));
    }

    private static byte[] Payload(PunchMessage punch)
        => Encoding.UTF8.GetBytes($"{punch.DeviceId}|{punch.Badge}|{punch.Timestamp:O}");
}
