using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Hooks;

public sealed record DropNotice(string Bucket, string Key, long Size, string Sha256);

/// <summary>The partner posts a notice when it has dropped a file into our bucket, signed as <c>sha256=&lt;hex&gt;</c>.</summary>
public sealed class PartnerDropNotification(byte[] notificationSecret, ILogger<PartnerDropNotification> logger)
{
    public DropNotice? Accept(string? signatureHeader, string body)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(notificationSecret, Encoding.UTF8.GetBytes(body)));
        if (signatureHeader is null || !expected.Equals(signatureHeader))  // expect: timing
        {
            logger.LogWarning("Rejected drop notice with a bad signature");
            return null;
        }

        return JsonSerializer.Deserialize<DropNotice>(body);
    }

    /// <summary>After download: the file must be the one the notice describes.</summary>
    public static bool MatchesNotice(DropNotice notice, byte[] file)
    {
        var fileDigest = Convert.ToHexStringLower(SHA256.HashData(file));
        return notice.Sha256 == fileDigest;  // expect: none
    }

    public static bool IsSupportedScheme(string signatureHeader) => signatureHeader.StartsWith("sha256=", StringComparison.Ordinal);  // expect: none
}
