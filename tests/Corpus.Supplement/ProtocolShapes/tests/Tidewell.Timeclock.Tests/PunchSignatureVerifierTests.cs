using System.Security.Cryptography;
using System.Text;
using ProtocolShapes.Tidewell.Timeclock.Mqtt;
using ProtocolShapes.Tidewell.Timeclock.Realtime;
using Xunit;

namespace ProtocolShapes.Tidewell.Timeclock.Tests;

public sealed class PunchSignatureVerifierTests
{
    private static readonly byte[] DeviceKey = Convert.FromHexString("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");  // expect: none

    [Fact]
    public void Signed_punch_verifies()
    {
        var punch = Sign(new PunchMessage("clock-0042", "B-1187", new DateTimeOffset(2026, 3, 2, 7, 58, 0, TimeSpan.Zero), "", 3));
        Assert.True(new PunchSignatureVerifier(new FixedKeyStore(DeviceKey)).Verify(punch));
    }

    [Fact]
    public void Signature_is_lower_case_hex()
    {
        var punch = Sign(new PunchMessage("clock-0042", "B-1187", DateTimeOffset.UnixEpoch, "", 3));
        Assert.Equal(punch.Signature.ToLowerInvariant(), punch.Signature);
    }

    [Fact]
    public void Kiosk_with_the_enrolled_key_is_accepted()
    {
        var keys = new Dictionary<string, string> { ["kiosk-07"] = "kiosk-07-fixture-api-key" };  // expect: none
        var handshake = new KioskHandshake(keys, Microsoft.Extensions.Logging.Abstractions.NullLogger<KioskHandshake>.Instance);
        Assert.True(handshake.Accept(new KioskHello("kiosk-07", "kiosk-07-fixture-api-key", "4.2.0")));
    }

    private static PunchMessage Sign(PunchMessage punch)
    {
        var payload = Encoding.UTF8.GetBytes($"{punch.DeviceId}|{punch.Badge}|{punch.Timestamp:O}");
        return punch with { Signature = Convert.ToHexStringLower(HMACSHA256.HashData(DeviceKey, payload)) };
    }

    private sealed class FixedKeyStore(byte[] key) : IDeviceKeyStore
    {
        public byte[] GetKey(string deviceId) => key;
    }
}
