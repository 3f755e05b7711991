using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Timeclock.Realtime;

/// <summary>The first frame a store kiosk sends on <c>/ws/kiosk</c>: <c>{"deviceId":"...","apiKey":"..."}</c>.</summary>
public sealed record KioskHello(string DeviceId, string ApiKey, string FirmwareVersion);

/// <summary>Checks a kiosk's hello frame against the key issued to that kiosk at enrolment.</summary>
public sealed class KioskHandshake(IReadOnlyDictionary<string, string> kioskApiKeys, ILogger<KioskHandshake> logger)
{
    public bool Accept(KioskHello hello)
    {
        logger.LogDebug("Kiosk hello {Hello}", hello);  // expect: log
        if (!kioskApiKeys.TryGetValue(hello.DeviceId, out var expectedApiKey))
        {
            logger.LogWarning("Unknown kiosk {DeviceId} on firmware {Firmware}", hello.DeviceId, hello.FirmwareVersion);
            return false;
        }

        if (hello.ApiKey != expectedApiKey)  // expect: timing
        {
            logger.LogWarning("Kiosk {DeviceId} sent a wrong key ({Length} characters)", hello.DeviceId, hello.ApiKey.Length);  // expect: none
            return false;
        }

        return true;
    }
}
