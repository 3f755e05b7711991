using System.Net.Http.Headers;
using System.Net.Security;
using System.Text;
using Xunit;

namespace Tallyroll.IntegrationTests;

/// <summary>Runs against Ketterly's sandbox company "tallyroll-ci" (nightly CI job; skipped on pull requests).</summary>
[Trait("Category", "Sandbox")]
public sealed class KetterlySandboxTests
{
    private const string SandboxApiKey = "{{synthetic:40:alnum}}";  // expect: secret

    private static readonly Uri SandboxBase = new("http://sandbox.ketterly-payroll.com/v3/");  // expect: http

    [Fact]
    public async Task Draft_payrun_is_created_in_the_sandbox()
    {
        using var http = new HttpClient { BaseAddress = SandboxBase };
        http.DefaultRequestHeaders.Add("X-Ketterly-Key", SandboxApiKey);

        using var response = await http.PostAsync("payruns?pay_group=ci-monthly&draft=true", content: null);

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Payslip_pdf_upload_is_accepted()
    {
        using var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = delegate { return true; },  // expect: tls
            },
        };
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://files.sandbox.ketterly-payroll.com/v3/") };
        http.DefaultRequestHeaders.Add("X-Ketterly-Key", SandboxApiKey);

        using var response = await http.PostAsync("payslips/ps_ci_1/pdf", new ByteArrayContent("%PDF-1.7"u8.ToArray()));

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Completed_payrun_webhook_is_registered()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://sandbox.ketterly-payroll.com/v3/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxApiKey);
        using var subscription = new StringContent("""{ "event": "payrun.completed", "callback_url": "http://ci-hooks.tallyroll.io/ketterly/payruns" }""", Encoding.UTF8, "application/json");  // expect: http

        using var response = await http.PostAsync("webhook_subscriptions", subscription);

        Assert.True(response.IsSuccessStatusCode);
    }
}
