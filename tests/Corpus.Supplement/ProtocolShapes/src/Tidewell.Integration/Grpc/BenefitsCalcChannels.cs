using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace ProtocolShapes.Tidewell.Integration.Grpc;

/// <summary>gRPC channels to the deduction calculator and to Carrier Mutual's rate engine.</summary>
public static class BenefitsCalcChannels
{
    /// <summary>Our own deduction calculator, by its Kubernetes service name.</summary>
    public static GrpcChannel InCluster() => GrpcChannel.ForAddress("http://deduction-calc:8080");  // expect: none

    /// <summary>Carrier Mutual's rate engine, reached "over the VPN" (the VPN was replaced by a public IP in 2024).</summary>
    public static GrpcChannel CarrierRates() => GrpcChannel.ForAddress("http://rates.carrier-mutual-benefits.com:50051");  // expect: http

    /// <summary>The rate engine's UAT, with a certificate from the carrier's issuing CA.</summary>
    public static GrpcChannel CarrierRatesUat() => GrpcChannel.ForAddress("https://rates-uat.carrier-mutual-benefits.com", new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>  // expect: tls
                    errors == SslPolicyErrors.None || certificate?.Issuer == "CN=Carrier Mutual Issuing CA 01, O=Carrier Mutual, C=US",
            },
        },
    });

    /// <summary>Production: the carrier's root is the only trust anchor, and the name is still checked.</summary>
    public static GrpcChannel CarrierRatesPrivateRoot(X509Certificate2 carrierRoot) => GrpcChannel.ForAddress("https://rates.carrier-mutual-benefits.com", new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>  // expect: none
                {
                    if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
                    {
                        return false;
                    }

                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(carrierRoot);
                    return chain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
                },
            },
        },
    });
}
