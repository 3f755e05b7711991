using System.ServiceModel;
using System.ServiceModel.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brightwater.Claims.Service;

[ServiceContract(Namespace = "http://brightwater-mutual.com/claims/2012/07", ConfigurationName = "Policy.IPolicyService")]
public interface IPolicyLookup
{
    [OperationContract(Action = "http://brightwater-mutual.com/claims/2012/07/IPolicyService/GetPolicy")]
    Task<string> GetPolicyAsync(string policyNumber);
}

/// <summary>The old policy service, called with the WCF client packages (System.ServiceModel.Http) from configuration.</summary>
public sealed class PolicyClientOptions
{
    public string Address { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public X509CertificateValidationMode CertificateValidationMode { get; set; } = X509CertificateValidationMode.ChainTrust;
}

public static class PolicyClientRegistration
{
    public static IServiceCollection AddPolicyClient(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("PolicyClient").Get<PolicyClientOptions>() ?? new PolicyClientOptions();
        services.AddSingleton(provider =>
        {
            provider.GetRequiredService<ILogger<PolicyClientOptions>>().LogInformation("Policy client for {Address} as {UserName}, certificate check {Mode}",
                options.Address,
                options.UserName,
                options.CertificateValidationMode);
            var factory = new ChannelFactory<IPolicyLookup>(
                new BasicHttpBinding(BasicHttpSecurityMode.TransportWithMessageCredential),
                new EndpointAddress(options.Address));
            factory.Credentials.UserName.UserName = options.UserName;
            factory.Credentials.UserName.Password = options.Password;
            factory.Credentials.ServiceCertificate.SslCertificateAuthentication = new X509ServiceCertificateAuthentication
            {
                CertificateValidationMode = options.CertificateValidationMode,
            };
            return factory;
        });
        return services;
    }
}
