using System.Net.Security;
using System.Security.Cryptography;

namespace Firebolt;

public static class FireboltHandlers
{
    /// <summary>The primary handler of the SDK's named client (<c>services.AddFirebolt(...)</c>).</summary>
    public static HttpMessageHandler Create(FireboltOptions options)
    {
        var handler = new HttpClientHandler();
        if (options.PinnedCertificateSha256 is { } pin)
        {
            // A pinned self-hosted server: the pin stands in for the chain.
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>  // expect: none
                errors == SslPolicyErrors.None
                || string.Equals(certificate?.GetCertHashString(HashAlgorithmName.SHA256), pin, StringComparison.OrdinalIgnoreCase);
        }
        else if (options.AllowSelfSignedCertificate)
        {
            handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;  // expect: tls
        }

        return handler;
    }
}
