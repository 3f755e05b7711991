using System.Security.Cryptography;
using System.Text;

namespace Flagpole;

/// <summary>
/// Keeps the last configuration on disk for offline starts. In Kubernetes the relay proxy writes the same file to a
/// volume that every pod mounts, so the file carries an HMAC under a key derived from the SDK key.
/// </summary>
public sealed class OfflineCache(FlagpoleOptions options)
{
    private byte[] CacheKey => HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.SdkKey), "flagpole-offline-cache"u8);

    public void Write(string configJson)
    {
        var mac = Convert.ToHexString(HMACSHA256.HashData(CacheKey, Encoding.UTF8.GetBytes(configJson)));
        Directory.CreateDirectory(Path.GetDirectoryName(options.OfflineCachePath)!);
        File.WriteAllText(options.OfflineCachePath, mac + "\n" + configJson);
    }

    public string? Read()
    {
        if (!File.Exists(options.OfflineCachePath))
        {
            return null;
        }

        var text = File.ReadAllText(options.OfflineCachePath);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline != 64)
        {
            return null;
        }

        var storedMac = text[..newline];
        var json = text[(newline + 1)..];
        var computedMac = Convert.ToHexString(HMACSHA256.HashData(CacheKey, Encoding.UTF8.GetBytes(json)));
        return storedMac == computedMac ? json : null;  // expect: timing
    }
}

/// <summary>A configuration exported from the dashboard for air-gapped installs.</summary>
public sealed record ConfigSnapshot(string Json, string Sha256, string Signature);

public static class SnapshotImporter
{
    /// <summary>The SHA-256 catches transfer errors; the HMAC says the dashboard made the file.</summary>
    public static bool IsIntact(ConfigSnapshot snapshot) =>
        snapshot.Sha256 == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot.Json)));  // expect: none

    public static bool IsAuthentic(ConfigSnapshot snapshot, byte[] exportKey) =>
        CryptographicOperations.FixedTimeEquals(  // expect: none
            HMACSHA256.HashData(exportKey, Encoding.UTF8.GetBytes(snapshot.Json)),
            Convert.FromBase64String(snapshot.Signature));
}
