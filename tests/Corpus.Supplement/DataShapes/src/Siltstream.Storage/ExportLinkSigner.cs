using System.Security.Cryptography;
using System.Text;

namespace DataShapes.Siltstream.Storage;

/// <summary>
/// Signs the links of the export portal's download endpoint (<c>/exports/{id}?expires=...&amp;sig=...</c>) and checks
/// them when a browser follows one.
/// </summary>
public sealed class ExportLinkSigner(byte[] linkKey, TimeProvider clock)
{
    public string CreateLink(string path, TimeSpan lifetime)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return $"{path}?expires={expires}&sig={ComputeSignature(path, expires)}";
    }

    public bool IsValid(string path, IReadOnlyDictionary<string, string> query)
    {
        if (!query.TryGetValue("expires", out var expiresText) || !long.TryParse(expiresText, out var expires)
            || !query.TryGetValue("sig", out var sig))
        {
            return false;
        }

        if (sig.Length != 43)  // expect: none
        {
            return false;
        }

        if (expires < clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        return sig == ComputeSignature(path, expires);  // expect: timing
    }

    public string ComputeSignature(string path, long expires)
    {
        var mac = HMACSHA256.HashData(linkKey, Encoding.UTF8.GetBytes($"{path}\n{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
