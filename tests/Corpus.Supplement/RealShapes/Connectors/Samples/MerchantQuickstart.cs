using System.Net;
using System.Net.Http.Headers;
using System.Text;
using RealShapes.Connectors.Payments;

namespace RealShapes.Connectors.Samples;

/// <summary>
/// The "getting started" sample shipped in the SDK's repository: create a charge in the sandbox, register a webhook
/// and text the customer a receipt. Readers copy it; the README tells them which values to replace.
/// </summary>
public static class MerchantQuickstart
{
    // Replace with your own values from the dashboard.
    private const string ApiKey = "<your-ledgerbridge-secret-key>";  // expect: none

    private const string FallbackKey = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx";  // expect: none

    private const string WebhookUrl = "http://your-subdomain.ngrok-free.app/webhooks/ledgerbridge";  // expect: none

    private const string ReturnUrl = "http://checkout.shop.invalid/order/complete";  // expect: none

    private const string DevicePairingUrl = "http://203.0.113.25:8080/pair";  // expect: none

    private const string SandboxBase = "http://sandbox.ledgerbridge.io/v2/";  // expect: http

    // SMS receipts through the team's shared messaging sandbox account.
    private const string SmsAccountSid = "AC{{synthetic:32:hex}}";  // expect: none

    private const string SmsAuthToken = "{{synthetic:32:hex}}";  // expect: secret

    public static async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var key = Environment.GetEnvironmentVariable("LEDGERBRIDGE_SECRET_KEY") ?? (ApiKey.StartsWith('<') ? FallbackKey : ApiKey);
        var options = new MerchantGatewayOptions { SecretKey = key, ApiBaseAddress = new Uri(SandboxBase) };
        using var client = new MerchantGatewayClient(options);

        Console.WriteLine($"Register {WebhookUrl} in the dashboard, then send customers back to {ReturnUrl}.");
        Console.WriteLine($"Card readers pair at {DevicePairingUrl}.");

        using var sms = new HttpClient { BaseAddress = new Uri("https://api.twilio.com/2010-04-01/") };
        sms.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes(SmsAccountSid + ":" + SmsAuthToken)));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["To"] = "+15005550006",
            ["From"] = "+15005550001",
            ["Body"] = "Your LedgerBridge receipt: http://receipts.ledgerbridge.io/r/ch_sample",  // expect: none
        });
        using var response = await sms.PostAsync($"Accounts/{SmsAccountSid}/Messages.json", form, cancellationToken);
        Console.WriteLine(response.StatusCode == HttpStatusCode.Created ? "sent" : "failed");
    }
}
