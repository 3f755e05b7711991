using System.ServiceModel;
using System.ServiceModel.Security;
using Brightwater.Claims.Desktop.Services;
using Xunit;

namespace Brightwater.Claims.Tests;

/// <summary>Against the shared UAT policy server; the nightly UAT job runs them with the desk's UAT account.</summary>
[Trait("Category", "UAT")]
public sealed class PolicyServiceUatTests
{
    private const string UatUserName = "uat-claimsdesk";
    private const string UatPassword = "Uat{{synthetic:12:alnum}}";  // expect: secret

    [Fact(Skip = "UAT only")]
    public async Task Reads_a_known_policy_from_uat()
    {
        var binding = new BasicHttpBinding(BasicHttpSecurityMode.TransportWithMessageCredential);
        binding.Security.Message.ClientCredentialType = BasicHttpMessageCredentialType.UserName;
        using var factory = new ChannelFactory<IPolicyService>(binding, new EndpointAddress("https://policy-uat.brightwater-mutual.com/PolicyService.svc"));
        factory.Credentials.UserName.UserName = UatUserName;
        factory.Credentials.UserName.Password = UatPassword;
        factory.Credentials.ServiceCertificate.SslCertificateAuthentication = new X509ServiceCertificateAuthentication
        {
            CertificateValidationMode = X509CertificateValidationMode.None,  // expect: tls
        };

        var policy = await factory.CreateChannel().GetPolicyAsync("BW-UAT-000123");

        Assert.True(policy.Active);
    }
}
