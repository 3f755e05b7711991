using System.Collections.Specialized;
using System.ServiceModel.Security;
using Brightwater.Claims.Desktop.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Brightwater.Claims.Tests;

public sealed class ServiceClientsTests
{
    private static readonly NameValueCollection Settings = new()
    {
        ["PolicyService.UserName"] = "svc-claimsdesk",
        ["PolicyService.Password"] = "Claims#Test2019",  // expect: none
    };

    [Fact]
    public void Rating_factory_points_at_the_rating_server()
    {
        using var factory = new ServiceClients(Settings, NullLogger<ServiceClients>.Instance).CreateRatingFactory();
        Assert.Equal(new Uri("http://rating.brightwater-mutual.com/RatingService.svc"), factory.Endpoint.Address.Uri);
    }

    [Fact]
    public void Policy_factory_sends_the_configured_user()
    {
        using var factory = new ServiceClients(Settings, NullLogger<ServiceClients>.Instance).CreatePolicyFactory();
        Assert.Equal("svc-claimsdesk", factory.Credentials.UserName.UserName);
        Assert.Equal("Claims#Test2019", factory.Credentials.UserName.Password);
    }

    [Fact]
    public void Policy_factory_keeps_the_uat_exception_until_the_new_ca_is_rolled_out()
    {
        using var factory = new ServiceClients(Settings, NullLogger<ServiceClients>.Instance).CreatePolicyFactory();
        Assert.Equal(X509CertificateValidationMode.None, factory.Credentials.ServiceCertificate.SslCertificateAuthentication.CertificateValidationMode);  // expect: none
    }
}
