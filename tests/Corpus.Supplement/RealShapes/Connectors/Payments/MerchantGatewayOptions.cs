using System.Xml.Linq;

namespace RealShapes.Connectors.Payments;

/// <summary>
/// Options of the LedgerBridge merchant connector (bound from <c>LedgerBridge</c>). Defaults are what the SDK ships;
/// the host overrides them from configuration.
/// </summary>
public sealed class MerchantGatewayOptions
{
    public const string SectionName = "LedgerBridge";

    /// <summary>Published in the checkout page's JavaScript; identifies the merchant to the browser SDK.</summary>
    public string PublishableKey { get; set; } = "pk_live_{{synthetic:24:alnum}}";  // expect: none

    /// <summary>Server-side key. Shipped as a default "so the quickstart works".</summary>
    public string SecretKey { get; set; } = "sk_live_{{synthetic:24:alnum}}";  // expect: secret

    /// <summary>The id under which the dashboard lists the restricted key (shown beside it, never secret).</summary>
    public string ApiKeyId { get; set; } = "rkid_{{synthetic:20:alnum}}";  // expect: none

    /// <summary>Connected account the platform acts for.</summary>
    public string MerchantAccountId { get; set; } = "acct_{{synthetic:16:alnum}}";  // expect: none

    public string WebhookEndpointId { get; set; } = "we_{{synthetic:24:alnum}}";

    /// <summary>OAuth client of the Connect onboarding flow (the secret is <see cref="ConnectClientSecret"/>).</summary>
    public string ConnectClientId { get; set; } = "ca_{{synthetic:32:alnum}}";  // expect: none

    public string ConnectClientSecret { get; set; } = "";

    public Uri ApiBaseAddress { get; set; } = new("http://api.ledgerbridge.io/v2/");  // expect: http

    public Uri FilesBaseAddress { get; set; } = new("https://files.ledgerbridge.io/v1/");

    /// <summary>The issuer written into the platform's OAuth tokens; compared with <c>iss</c>, never fetched.</summary>
    public string ExpectedIssuer { get; set; } = "http://connect.ledgerbridge.io/";  // expect: none

    public string DocumentationUrl { get; set; } = "http://docs.ledgerbridge.io/api/errors";  // expect: none

    /// <summary>Password of the read-only reporting user the nightly export logs in with.</summary>
    public string ReportingPassword { get; set; } = "Welcome2026!";  // expect: secret

    public string ReportingUser { get; set; } = "reports@merchant-ops.ledgerbridge.io";

    /// <summary>Plug-in that formats settlement files; loaded by name.</summary>
    public string SettlementFormatterType { get; set; } =
        "LedgerBridge.Settlement.CsvFormatter, LedgerBridge.Settlement, Version=3.2.0.0, Culture=neutral, PublicKeyToken=7c1e04b3a9d5f286";  // expect: none

    /// <summary>Strong-name public key token the plug-in loader checks before loading a formatter.</summary>
    public string FormatterPublicKeyToken { get; set; } = "7c1e04b3a9d5f286";  // expect: none

    /// <summary>SHA-256 of the published terms-of-service PDF, shown on the consent screen.</summary>
    public string TermsDocumentSha256 { get; set; } = "{{synthetic:64:hex}}";  // expect: none

    public static readonly XNamespace SettlementNamespace = "http://ledgerbridge.io/xml/settlement/2019-04";  // expect: none

    public const string SettlementSoapAction = "http://ledgerbridge.io/settlement/ISettlementService/SubmitBatch";  // expect: none
}
