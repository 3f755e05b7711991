using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace TestShapes.Quillmere.Payroll.IntegrationTests;

public sealed class PayrollApiTests(PayrollApiFactory factory) : IClassFixture<PayrollApiFactory>
{
    /// <summary>The key PartnerAccess:PartnerApiKeys holds in appsettings.Test.json.</summary>
    private const string PartnerKey = "qm_partner_integration_tests_key_01";  // expect: none

    [Fact]
    public async Task Partner_endpoint_rejects_a_call_without_a_key()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://payroll.quillmere.io/"),  // expect: none
            AllowAutoRedirect = false,
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PayrollApiFactory.CreateAdminToken());

        using var response = await client.GetAsync("partner/employees");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Partner_endpoint_accepts_the_configured_key()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Quillmere-Partner-Key", PartnerKey);

        using var response = await client.GetAsync("partner/employees");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
