using System.Security.Cryptography.X509Certificates;
using CoreWCF;
using CoreWCF.Configuration;
using CoreWCF.Description;
using CoreWCF.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Brightwater.Claims.Service;

/// <summary>
/// The partners' intake service after the move to .NET 8 and CoreWCF (2025): the same SOAP contract and address, so
/// that the partners change nothing. Kestrel terminates TLS; the partners authenticate with client certificates.
/// </summary>
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddServiceModelServices();
        builder.Services.AddServiceModelMetadata();
        builder.Services.AddSingleton(new ServiceMetadataBehavior
        {
            HttpsGetEnabled = true,
            HttpGetEnabled = true,
            // The WSDL address the partners' toolkits were generated from; the service itself answers on HTTPS only.
            HttpGetUrl = new Uri("http://claims.brightwater-mutual.com/intake/wsdl"),  // expect: none
        });
        builder.Services.AddSingleton<PartnerSignatureInspector>();
        builder.Services.AddPolicyClient(builder.Configuration);

        var app = builder.Build();
        app.UseServiceModel(serviceBuilder =>
        {
            serviceBuilder.AddService<ClaimsIntakeService>(options => options.DebugBehavior.IncludeExceptionDetailInFaults = false);
            serviceBuilder.AddServiceEndpoint<ClaimsIntakeService, IClaimsIntake>(new BasicHttpBinding(BasicHttpSecurityMode.Transport), "/ClaimsIntake.svc");
            serviceBuilder.ConfigureServiceHostBase<ClaimsIntakeService>(host =>
            {
                host.Credentials.ServiceCertificate.SetCertificate(
                    StoreLocation.LocalMachine,
                    StoreName.My,
                    X509FindType.FindByThumbprint,
                    builder.Configuration["ServiceCertificate:Thumbprint"]!);

                // Partners' client certificates come from their own CAs: PartnerSignatureInspector and the thumbprint list
                // in configuration decide who gets in, as the old portal's PartnerThumbprintAuthorization did.
                host.Credentials.ClientCertificate.Authentication.CertificateValidationMode = X509CertificateValidationMode.None;  // expect: none
            });
        });
        app.Run();
    }
}
