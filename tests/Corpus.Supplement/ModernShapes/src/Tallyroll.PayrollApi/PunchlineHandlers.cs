using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

// The clock gateways' TLS 1.1 is deliberate here (SYSLIB0039); the analyzers, not the compiler, judge it.
#pragma warning disable SYSLIB0039

namespace Tallyroll.PayrollApi;

/// <summary>The primary handler of the "punchline-gateway" client: Punchline Time's clock gateways on customers' premises.</summary>
public static class PunchlineHandlers
{
    private static readonly Lazy<X509Certificate2> PunchlineRoot =
        new(() => X509CertificateLoader.LoadCertificateFromFile("certs/punchline-gateways-root.cer"));

    public static SocketsHttpHandler Create() => new()
    {
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
        SslOptions = new SslClientAuthenticationOptions
        {
            // Gateways sold before 2021 speak TLS 1.1 only until the vendor's firmware update reaches every customer.
            EnabledSslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: tls
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>  // expect: none
            {
                if (errors == SslPolicyErrors.None)
                {
                    return true;
                }

                if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null || chain is null)
                {
                    return false;
                }

                // The gateways' certificates chain to Punchline's private root, not to a public CA.
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(PunchlineRoot.Value);
                return chain.Build(new X509Certificate2(certificate));
            },
        },
    };
}
