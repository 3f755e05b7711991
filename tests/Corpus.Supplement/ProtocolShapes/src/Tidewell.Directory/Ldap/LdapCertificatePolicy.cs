using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProtocolShapes.Tidewell.Directory.Ldap;

/// <summary>Certificate checks for customer directories whose certificates come from the customer's own CA.</summary>
public static class LdapCertificatePolicy
{
    /// <summary>Builds the chain against the customer's roots only and checks that the certificate names the server.</summary>
    public static bool IsTrusted(X509Certificate certificate, X509Certificate2Collection customerRoots, string expectedHost)
    {
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(customerRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
        return chain.Build(leaf) && leaf.MatchesHostname(expectedHost);
    }

    /// <summary>True when the chain ends in the customer's root, identified by the SHA-256 of its public key.</summary>
    public static bool EndsInPinnedRoot(X509Chain chain, byte[] rootPublicKeySha256)
    {
        if (chain.ChainElements.Count == 0)
        {
            return false;
        }

        var root = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
        var rootKeyHash = SHA256.HashData(root.PublicKey.EncodedKeyValue.RawData);
        return CryptographicOperations.FixedTimeEquals(rootKeyHash, rootPublicKeySha256);
    }
}
