using System.Net.Http.Json;
using System.Text;
using TestShapes.Quillmere.Payroll.Webhooks;

namespace TestShapes.Quillmere.Payroll.Specs.Drivers;

public sealed record SpecEmployee(string Name, string WorkEmail, string Iban, string InitialPassword);

/// <summary>Drives the payroll API for the step definitions; its HttpClient is made by Hooks for each scenario.</summary>
public sealed class PayrollApiDriver
{
    /// <summary>The secret the API under test is configured with in the specs' appsettings.</summary>
    public const string ScenarioWebhookSecret = "quillmere-specs-webhook-secret";  // expect: none

    /// <summary>The staging receiver of bank-partner webhooks, which @staging scenarios post to.</summary>
    public static readonly Uri StagingHooks = new("http://hooks.staging.quillmere.io/bank-partner");  // expect: http

    private readonly List<SpecEmployee> _employees = [];

    public HttpClient Http { get; set; } = new();

    public bool PostWebhooksToStaging { get; set; }

    public bool LastWebhookAccepted { get; private set; }

    public int PayslipsSent { get; private set; }

    public void AddEmployee(SpecEmployee employee) => _employees.Add(employee);

    public void UsePartnerKey(string partnerKey)
    {
        Http.DefaultRequestHeaders.Remove("X-Quillmere-Partner-Key");
        Http.DefaultRequestHeaders.Add("X-Quillmere-Partner-Key", partnerKey);
    }

    public async Task StartPayRunAsync(string period)
    {
        using var response = await Http.PostAsJsonAsync("payruns", new { period, employees = _employees.Select(e => e.WorkEmail) });
        PayslipsSent = response.IsSuccessStatusCode ? _employees.Count : 0;
    }

    public async Task SendBankWebhookAsync(string signedWithSecret)
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"payments.confirmed","period":"2026-03"}""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var target = PostWebhooksToStaging ? StagingHooks : new Uri("webhooks/bank-partner", UriKind.Relative);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.ComputeSignature(signedWithSecret, timestamp, body));
        using var response = await Http.SendAsync(request);
        LastWebhookAccepted = response.IsSuccessStatusCode;
    }
}
