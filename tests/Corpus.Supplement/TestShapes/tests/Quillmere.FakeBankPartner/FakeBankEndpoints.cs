using Microsoft.AspNetCore.Builder;
using TestShapes.Quillmere.Payroll.Webhooks;

namespace TestShapes.Quillmere.FakeBankPartner;

/// <summary>
/// A stand-in for the bank partner's API, started beside the web app in the E2E job (Properties/launchSettings.json):
/// hands out tokens, accepts payments and confirms them to the app with a signed webhook, as the partner does.
/// </summary>
public static class FakeBankEndpoints
{
    public const string ClientId = "quillmere-payroll";

    public const string ClientSecret = "fakebank-local-client-secret";  // expect: none

    public static WebApplication Build(string[] args)
    {
        var app = WebApplication.CreateBuilder(args).Build();
        app.Urls.Add("http://0.0.0.0:5099");  // expect: none
        app.MapPost("/oauth2/token", () => new { access_token = "fakebank-" + Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 3600 });
        app.MapPost("/v2/payments", () => new { id = "pay_fake_0001", status = "pending" });
        return app;
    }

    public static async Task ConfirmPaymentsAsync(HttpClient appUnderTest, string webhookSecret, byte[] body, CancellationToken cancellationToken = default)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://localhost:7140/webhooks/bank-partner") { Content = new ByteArrayContent(body) };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.ComputeSignature(webhookSecret, timestamp, body));
        using var response = await appUnderTest.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
