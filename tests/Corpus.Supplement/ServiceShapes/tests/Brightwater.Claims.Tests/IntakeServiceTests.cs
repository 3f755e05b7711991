using System.Net;
using System.Security.Cryptography;
using System.Text;
using Brightwater.Claims.Service;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Brightwater.Claims.Tests;

/// <summary>The CoreWCF intake in process, with a test partner's signing key.</summary>
public sealed class IntakeServiceFactory : WebApplicationFactory<Program>
{
    // Base64 of "test-partner-signing-key-0001".
    internal const string TestPartnerKeyBase64 = "dGVzdC1wYXJ0bmVyLXNpZ25pbmcta2V5LTAwMDE=";  // expect: none

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PartnerSigningKeys:test-partner", TestPartnerKeyBase64);
        builder.UseSetting("ServiceCertificate:Thumbprint", "");
    }
}

public sealed class IntakeServiceTests(IntakeServiceFactory factory) : IClassFixture<IntakeServiceFactory>
{
    private const string Envelope = """<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Submit xmlns="http://brightwater-mutual.com/claims/2012/07"><notice><PolicyNumber>BW-000123</PolicyNumber></notice></Submit></s:Body></s:Envelope>""";

    [Fact]
    public async Task Rejects_a_wrong_partner_signature()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://claims.brightwater-mutual.com/ClaimsIntake.svc")  // expect: none
        {
            Content = new StringContent(Envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", "\"http://brightwater-mutual.com/claims/IClaimsIntake/Submit\"");
        request.Headers.Add("X-Partner-Id", "test-partner");
        request.Headers.Add("X-Partner-Signature", Convert.ToBase64String(new byte[32]));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public void Sign_is_base64_hmac_sha256_of_the_body()
    {
        var key = Convert.FromBase64String(IntakeServiceFactory.TestPartnerKeyBase64);
        var expectedSignature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Envelope)));
        Assert.True(expectedSignature == PartnerSignatureInspector.Sign(key, Envelope));  // expect: none
    }
}
