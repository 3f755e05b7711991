using System.Security.Cryptography.X509Certificates;
using System.ServiceModel;
using System.ServiceModel.Security;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Integration.Soap;

/// <summary>Submits payroll deductions to Carrier Mutual's WCF service.</summary>
public sealed class CarrierPayrollSoapClient(CarrierSoapOptions options, ILogger<CarrierPayrollSoapClient> logger)
{
    private const string LegacyEndpoint = "http://payroll-legacy.carrier-mutual-benefits.com/PayrollService.svc";  // expect: http

    /// <summary>The legacy endpoint takes Basic credentials over plain HTTP (TransportCredentialOnly).</summary>
    public static ChannelFactory<ICarrierPayrollService> CreateLegacyFactory()
    {
        var binding = new BasicHttpBinding(BasicHttpSecurityMode.TransportCredentialOnly) { MaxReceivedMessageSize = 4 * 1024 * 1024 };
        binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
        var factory = new ChannelFactory<ICarrierPayrollService>(binding, new EndpointAddress(LegacyEndpoint));
        factory.Credentials.UserName.UserName = "TIDEWELL_PAYROLL";
        factory.Credentials.UserName.Password = "Cp{{synthetic:16:alnum}}";  // expect: secret
        return factory;
    }

    public ChannelFactory<ICarrierPayrollService> CreateFactory()
    {
        var factory = new ChannelFactory<ICarrierPayrollService>(new BasicHttpBinding(BasicHttpSecurityMode.Transport), new EndpointAddress(options.Endpoint));
        factory.Credentials.UserName.UserName = options.UserName;
        factory.Credentials.UserName.Password = options.Password;
        return factory;
    }

    /// <summary>The carrier's UAT presents the production host's certificate.</summary>
    public static ChannelFactory<ICarrierPayrollService> CreateUatFactory()
    {
        var factory = new ChannelFactory<ICarrierPayrollService>(
            new BasicHttpBinding(BasicHttpSecurityMode.Transport),
            new EndpointAddress("https://payroll-uat.carrier-mutual-benefits.com/PayrollService.svc"));
        factory.Credentials.ServiceCertificate.SslCertificateAuthentication = new X509ServiceCertificateAuthentication
        {
            CertificateValidationMode = X509CertificateValidationMode.None,  // expect: tls
            RevocationMode = X509RevocationMode.NoCheck,
        };
        return factory;
    }

    public async Task<DeductionReceipt> SubmitAsync(ChannelFactory<ICarrierPayrollService> factory, DeductionBatch batch)
    {
        var channel = factory.CreateChannel();
        try
        {
            var receipt = await channel.SubmitDeductionsAsync(batch);
            logger.LogInformation("Run {Run} accepted as {Receipt} via {Endpoint}", batch.PayrollRunId, receipt.ReceiptNumber, factory.Endpoint.Address.Uri);
            return receipt;
        }
        catch (MessageSecurityException ex)
        {
            logger.LogWarning(ex, "Carrier rejected {User}", factory.Credentials.UserName.UserName);
            throw;
        }
    }
}
