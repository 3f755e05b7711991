using System.Collections.Specialized;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.ServiceModel;
using System.ServiceModel.Security;
using Microsoft.Extensions.Logging;

#pragma warning disable SYSLIB0014 // ServicePointManager: this is a .NET Framework 4.8 app, built here on .NET 10

namespace Brightwater.Claims.Desktop.Services;

/// <summary>
/// The desk's channel factories, built in code since the 2016 rewrite; app.config keeps the endpoints for the Excel
/// add-in, which still reads them from there.
/// </summary>
public sealed class ServiceClients(NameValueCollection appSettings, ILogger<ServiceClients> logger)
{
    /// <summary>Called once from Program.Main, before the first channel opens.</summary>
    public static void ConfigureTransport(NameValueCollection appSettings)
    {
        // The rating server is a 2008 R2 box that speaks TLS 1.0 only, and the desks still run Windows 7. (The Excel
        // add-in applies appSettings' ServicePointManager.SecurityProtocol instead.)
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;  // expect: tls

        if (appSettings["Archive.AcceptAnyCertificate"] == "true")
        {
            // The archive server's certificate expired in 2019 and nobody owns its renewal.
            ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };  // expect: tls
        }
    }

    /// <summary>After the rating server moved to Windows Server 2019: TLS 1.0 and 1.1 off again.</summary>
    public static void DropLegacyProtocols() =>
        ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls | SecurityProtocolType.Tls11);  // expect: none

    public ChannelFactory<IRatingService> CreateRatingFactory()
    {
        var binding = new BasicHttpBinding(BasicHttpSecurityMode.None) { MaxReceivedMessageSize = 6_553_600 };
        return new ChannelFactory<IRatingService>(binding, new EndpointAddress("http://rating.brightwater-mutual.com/RatingService.svc"));  // expect: http
    }

    public ChannelFactory<IPolicyService> CreatePolicyFactory()
    {
        var binding = new BasicHttpBinding(BasicHttpSecurityMode.TransportWithMessageCredential);
        binding.Security.Message.ClientCredentialType = BasicHttpMessageCredentialType.UserName;
        var factory = new ChannelFactory<IPolicyService>(
            binding,
            new EndpointAddress(appSettings["PolicyService.Address"] ?? "https://policy.brightwater-mutual.com/PolicyService.svc"));
        factory.Credentials.UserName.UserName = appSettings["PolicyService.UserName"];
        factory.Credentials.UserName.Password = appSettings["PolicyService.Password"];
        factory.Credentials.ServiceCertificate.SslCertificateAuthentication = new X509ServiceCertificateAuthentication
        {
            // UAT's certificate comes from the retired internal CA; "temporarily" off since the 2017 migration.
            CertificateValidationMode = X509CertificateValidationMode.None,  // expect: tls
            RevocationMode = X509RevocationMode.NoCheck,
        };
        return factory;
    }

    public static ChannelFactory<IDocumentService> CreateDocumentFactory()
    {
        // Message security: each body is signed and encrypted for the service's certificate, whatever the transport.
        var binding = new WSHttpBinding(SecurityMode.Message);
        binding.Security.Message.ClientCredentialType = MessageCredentialType.Certificate;
        var address = new EndpointAddress(
            new Uri("http://documents.brightwater-mutual.com/DocumentService.svc"),  // expect: none
            EndpointIdentity.CreateDnsIdentity("documents.brightwater-mutual.com"));
        var factory = new ChannelFactory<IDocumentService>(binding, address);
        factory.Credentials.ClientCertificate.SetCertificate(StoreLocation.CurrentUser, StoreName.My, X509FindType.FindByThumbprint, "{{synthetic:40:HEX}}");  // expect: none
        factory.Credentials.ServiceCertificate.Authentication.CertificateValidationMode = X509CertificateValidationMode.PeerOrChainTrust;  // expect: none
        return factory;
    }

    public static ChannelFactory<IArchiveService> CreateArchiveFactory()
    {
        var binding = new BasicHttpBinding(BasicHttpSecurityMode.Transport);
        binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
        var factory = new ChannelFactory<IArchiveService>(binding, new EndpointAddress("https://archive.brightwater-mutual.com/ArchiveService.svc"));
        factory.Credentials.UserName.UserName = "archive-reader";
        factory.Credentials.UserName.Password = "Bw{{synthetic:10:alnum}}#14";  // expect: secret
        return factory;
    }

    public async Task<PolicySummary> GetPolicyAsync(string policyNumber)
    {
        using var factory = CreatePolicyFactory();
        var channel = factory.CreateChannel();
        try
        {
            return await channel.GetPolicyAsync(policyNumber);
        }
        catch (MessageSecurityException ex)
        {
            logger.LogWarning(ex, "Policy service refused {UserName} with password {Password}",
                factory.Credentials.UserName.UserName,
                factory.Credentials.UserName.Password);  // expect: log
            throw new FaultException($"The policy service refused the desk's credentials; check {nameof(factory.Credentials.UserName.Password)} in app.config");  // expect: none
        }
    }
}
