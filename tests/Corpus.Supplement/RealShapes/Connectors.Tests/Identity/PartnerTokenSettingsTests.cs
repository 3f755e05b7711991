using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using NUnit.Framework;
using RealShapes.Connectors.Identity;
using Shouldly;

namespace RealShapes.Connectors.Tests.Identity;

[TestFixture]
public class PartnerTokenSettingsTests
{
    private const string TestSigningKey = "velvetOrchardQuietHarborMeadow";  // expect: none

    private const string SignerPfxPassword = "mockSigner#2024";  // expect: none

    private static readonly XNamespace Hr = "http://northwind-hr.com/xml/identity/2016";  // expect: none

    [Test]
    public void Defaults_match_the_onboarding_document()
    {
        var settings = new PartnerTokenSettings();

        Assert.That(settings.ServiceProviderEntityId, Is.EqualTo("http://partners.northwind-payroll.com/saml/sp"));  // expect: none
        settings.TrustedIssuer.ShouldBe("http://sts.northwind-hr.com/adfs/services/trust");  // expect: none
        settings.ValidAudience.ShouldStartWith("http://payroll.northwind-hr.com/");  // expect: none
    }

    [TestCase("http://sts.northwind-hr.com/adfs/services/trust", true)]  // expect: none
    [TestCase("http://sts.northwind-hr.co/adfs/services/trust", false)]  // expect: none
    public void Only_the_partner_issuer_is_trusted(string issuer, bool trusted)
    {
        var settings = new PartnerTokenSettings();

        Assert.That(settings.TrustedIssuer == issuer, Is.EqualTo(trusted));
    }

    [Test]
    public void Widget_payload_is_signed_with_hmac_sha256()
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(TestSigningKey));

        var digest = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes("{\"employee\":\"e-17\"}")));

        digest.Length.ShouldBe(64);
    }

    [Test]
    public void Employee_number_is_read_from_the_partner_namespace()
    {
        var document = new XDocument(new XElement(Hr + "Employee", new XElement(Hr + "Number", "e-17")));

        document.Root!.Element(Hr + "Number")!.Value.ShouldBe("e-17");
    }

    [Test]
    public void Signer_certificate_loads()
    {
        var bytes = File.ReadAllBytes(Path.Combine("TestData", "partner-signer.pfx"));

        using var certificate = X509CertificateLoader.LoadPkcs12(bytes, SignerPfxPassword);

        certificate.HasPrivateKey.ShouldBe(true);
    }
}

/// <summary>Integration tests against the partner's staging tenant (run by the nightly pipeline).</summary>
[TestFixture]
[Category("Staging")]
public class PartnerStagingTests
{
    /// <summary>The staging IdP's assertion-signing key, exported so these tests can mint assertions staging accepts.</summary>
    private const string StagingSigningKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI{{synthetic:35:base64}}oAoGCCqGSM49AwEHoUQDQgAE{{synthetic:86:base64}}==\n-----END EC PRIVATE KEY-----";  // expect: secret

    [Test]
    public async Task Federation_metadata_is_published()
    {
        using var http = new HttpClient();

        var metadata = await http.GetStringAsync("http://sts.northwind-hr.com/FederationMetadata/2007-06/FederationMetadata.xml");  // expect: http

        metadata.ShouldStartWith("<?xml");
    }

    [Test]
    public async Task Scim_users_are_listed_with_the_staging_api_token()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://northwind-hr.oktapreview.com/api/v1/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", "00{{synthetic:40:alnum}}");  // expect: secret

        using var response = await http.GetAsync("users?limit=1");

        response.IsSuccessStatusCode.ShouldBe(true);
    }

    [Test]
    public void Staging_key_imports()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(StagingSigningKeyPem);

        key.KeySize.ShouldBe(256);
    }
}
