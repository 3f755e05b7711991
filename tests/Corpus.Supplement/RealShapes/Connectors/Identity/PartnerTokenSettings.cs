using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace RealShapes.Connectors.Identity;

/// <summary>
/// Federation with Northwind HR's ADFS (SAML 2.0 and WS-Federation) and the connector's own short-lived partner
/// tokens. The values are the ones agreed in the partner onboarding document.
/// </summary>
public sealed class PartnerTokenSettings
{
    /// <summary>Our SAML entity ID as registered with the partner (a name, never requested).</summary>
    public string ServiceProviderEntityId { get; init; } = "http://partners.northwind-payroll.com/saml/sp";  // expect: none

    /// <summary>ADFS writes this issuer into every assertion; it is compared, not fetched.</summary>
    public string TrustedIssuer { get; init; } = "http://sts.northwind-hr.com/adfs/services/trust";  // expect: none

    public string ValidAudience { get; init; } = "http://payroll.northwind-hr.com/api/";  // expect: none

    public string MetadataAddress { get; init; } = "http://sts.northwind-hr.com/FederationMetadata/2007-06/FederationMetadata.xml";  // expect: http

    public string SubjectTokenType { get; init; } = "urn:ietf:params:oauth:token-type:saml2";  // expect: none

    /// <summary>JWK thumbprint (RFC 7638) of the partner's current signing key: the <c>kid</c> header of its tokens.</summary>
    public string PartnerSigningKeyId { get; init; } = "{{synthetic:43:alnum}}";  // expect: none

    public string PartnerSigningCertificateThumbprint { get; init; } = "{{synthetic:40:HEX}}";  // expect: none

    /// <summary>The partner's public key, to verify the assertions it signs.</summary>
    public string PartnerPublicKeyPem { get; init; } = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{{synthetic:86:base64}}==\n-----END PUBLIC KEY-----";  // expect: none

    /// <summary>Entra application the connector runs as (client credentials towards Microsoft Graph).</summary>
    public string GraphClientId { get; init; } = "3f6b2c1e-94d7-4a0b-8e51-c27d9a60f3b8";  // expect: none

    public string GraphTenantId { get; init; } = "b81e7d40-2c59-4f13-a6e2-0d95c4f7a316";

    public string GraphClientSecret { get; init; } = "{{synthetic:3:alnum}}8Q~{{synthetic:34:alnum}}";  // expect: secret

    /// <summary>Claim type under which ADFS sends the employee number.</summary>
    public string EmployeeNumberClaimType { get; init; } = "http://schemas.northwind-hr.com/identity/claims/employeenumber";  // expect: none
}

/// <summary>Mints the short-lived tokens the payroll portal hands to the partner's widget.</summary>
public static class PartnerTokenIssuer
{
    private const string JwtSigningKey = "copperHarborMidnightLanternRiver";  // expect: secret

    private static readonly byte[] WidgetHmacKey = Encoding.UTF8.GetBytes("{{synthetic:44:base64}}");  // expect: secret

    private static readonly XNamespace Assertion = "urn:oasis:names:tc:SAML:2.0:assertion";

    public static string SignWidgetPayload(string payload)
    {
        using var hmac = new HMACSHA256(WidgetHmacKey);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    public static byte[] PortalKeyBytes() => Encoding.UTF8.GetBytes(JwtSigningKey);

    public static string? NameId(XDocument assertion) => assertion.Root?.Element(Assertion + "Subject")?.Element(Assertion + "NameID")?.Value;

    public static Claim Homepage(string employeeId)
        => new("http://schemas.northwind-hr.com/identity/claims/homepage", "http://intranet.northwind-hr.com/people/" + employeeId);  // expect: none

    public static bool FromPartner(ClaimsPrincipal principal, PartnerTokenSettings settings)
        => principal.FindFirst("iss")?.Value == settings.TrustedIssuer;
}
