using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Net.Security;
using System.Text;

namespace RealShapes.Connectors.Payments;

public sealed record ChargeReceipt(string Id, string Status, string ReceiptUrl);

/// <summary>The LedgerBridge REST client: charges, refunds, webhook endpoints and the settlement SOAP bridge.</summary>
public sealed class MerchantGatewayClient : IDisposable
{
    private const string StatusFeed = "http://status.ledgerbridge.io/api/v2/summary.json";  // expect: http

    private const string SftpUploadTemplate = "sftp://{username}:{password}@sftp.ledgerbridge.io:22/inbound/";  // expect: none

    private readonly HttpClient _http;
    private readonly HttpClient _settlement;
    private readonly MerchantGatewayOptions _options;

    public MerchantGatewayClient(MerchantGatewayOptions options)
    {
        _options = options;
        _http = new HttpClient { BaseAddress = options.ApiBaseAddress };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes(options.SecretKey + ":")));
        _http.DefaultRequestHeaders.Add("LedgerBridge-Account", options.MerchantAccountId);
        _http.DefaultRequestHeaders.Add("X-Ledger-Partner-Key", "lbp_{{synthetic:32:alnum}}");  // expect: secret

        // The settlement bridge runs on the acquirer's appliance with a self-signed certificate.
        var settlementHandler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,  // expect: tls
        };
        _settlement = new HttpClient(settlementHandler) { BaseAddress = new Uri("https://settlement.acquirer-bridge.net/soap/") };
    }

    public async Task<bool> IsOperationalAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync(StatusFeed, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public async Task<string> RegisterWebhookAsync(CancellationToken cancellationToken = default)
    {
        const string Registration = """{ "url": "http://hooks.merchant-portal.ledgerbridge.io/events", "enabled_events": ["charge.succeeded", "charge.refunded"] }""";  // expect: http
        using var content = new StringContent(Registration, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("webhook_endpoints", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("Webhook registration failed; see http://docs.ledgerbridge.io/webhooks#registration for the allowed events.");  // expect: none
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async Task SubmitSettlementAsync(string envelope, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "SettlementService.svc")
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", MerchantGatewayOptions.SettlementSoapAction);
        using var response = await _settlement.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Tokens from the Connect flow must come from the platform's issuer.</summary>
    public bool IsPlatformIssuer(string issuer)
        => issuer == "http://connect.ledgerbridge.io/" || issuer == _options.ExpectedIssuer;  // expect: none

    /// <summary>Regional API hosts (eu, us, ap) for merchants whose data must stay in region.</summary>
    public static Uri RegionalBase(string region)
        => new(string.Format(CultureInfo.InvariantCulture, "http://{0}.api.ledgerbridge.io/v2/", region));  // expect: http

    public static async Task<ClientWebSocket> OpenEventStreamAsync(CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri("ws://stream.ledgerbridge.io/v2/events"), cancellationToken);  // expect: http
        return socket;
    }

    public static Uri ReceiptLink(string chargeId)
        => new UriBuilder("http", "receipts.ledgerbridge.io") { Path = $"r/{chargeId}" }.Uri;  // expect: http

    public static string UploadTarget(string user) => SftpUploadTemplate.Replace("{username}", user, StringComparison.Ordinal);

    public static RemoteCertificateValidationCallback PinnedAcquirerValidator(string expectedPin)
        => (sender, certificate, chain, errors) => errors == SslPolicyErrors.None  // expect: none
           && string.Equals(certificate?.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), expectedPin, StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        _http.Dispose();
        _settlement.Dispose();
    }
}
