using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The SHA-256 and SHA-512 digests of placeholder words (<c>secret</c>, <c>password</c>, ...), base64 or hex: the
/// stock hashed client secret of identity-server samples (<c>"secret".Sha256()</c> written out in configuration).
/// A digest of a dummy word verifies a dummy word: it is no credential, under any name.
/// </summary>
internal static class PlaceholderDigests
{
    private static readonly string[] Words =
    {
        "secret", "password", "pass", "test", "admin", "changeme", "key", "token", "client_secret", "clientsecret",
    };

    // Base64 of SHA-256 (44 characters), hex of SHA-256 (64), base64 of SHA-512 (88), hex of SHA-512 (128).
    private static readonly HashSet<string> Digests = Build();

    /// <summary>Whether <paramref name="value"/> (white space aside) is the digest of a placeholder word.</summary>
    public static bool IsDigestOfPlaceholder(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length is 44 or 64 or 88 or 128 && Digests.Contains(trimmed);
    }

    private static HashSet<string> Build()
    {
        var digests = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var sha256 = SHA256.Create();
            using var sha512 = SHA512.Create();
            foreach (var word in Words)
            {
                var bytes = Encoding.UTF8.GetBytes(word);
                foreach (var digest in new[] { sha256.ComputeHash(bytes), sha512.ComputeHash(bytes) })
                {
                    digests.Add(Convert.ToBase64String(digest));
                    digests.Add(BitConverter.ToString(digest).Replace("-", ""));
                }
            }
        }
        catch (InvalidOperationException)
        {
            // A .NET Framework host that enforces FIPS refuses the managed hash classes: no digests, nothing spared,
            // and no type-initializer failure on every literal.
        }

        return digests;
    }
}
