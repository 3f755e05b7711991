using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using TUnit.Assertions;
using TUnit.Assertions.Extensions;
using TUnit.Core;

namespace TestShapes.Quillmere.Payroll.SmokeTests;

/// <summary>
/// Nightly: payslip e-mail, SMS sign-in codes, payout balances and the ops channel still work against the real
/// providers. The keys are the ones the nightly job was set up with.
/// </summary>
[Category("Nightly")]
[Explicit]
public sealed class ProviderSmokeTests
{
    private const string SendGridApiKey = "SG.{{synthetic:22:alnum}}.{{synthetic:43:alnum}}";  // expect: secret

    private const string TwilioAccountSid = "AC{{synthetic:32:hex}}";  // expect: none

    private const string TwilioAuthToken = "{{synthetic:32:hex}}";  // expect: secret

    private const string StripeRestrictedKey = "rk_live_{{synthetic:24:alnum}}";  // expect: secret

    private const string OpsChannelWebhook = "https://hooks.slack.com/services/T{{synthetic:8:UPPERNUM}}/B{{synthetic:8:UPPERNUM}}/{{synthetic:24:alnum}}";  // expect: secret

    [Test]
    public async Task SendGrid_accepts_a_payslip_mail()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://api.sendgrid.com/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SendGridApiKey);

        using var response = await http.PostAsJsonAsync("v3/mail/send", new
        {
            personalizations = new[] { new { to = new[] { new { email = "payroll-smoke@quillmere.io" } } } },
            from = new { email = "payslips@quillmere.io" },
            subject = "Nightly payslip smoke",
            content = new[] { new { type = "text/plain", value = "ok" } },
        });

        await Assert.That(response.StatusCode).IsEqualTo(HttpStatusCode.Accepted);
    }

    [Test]
    public async Task Twilio_sends_a_sign_in_code()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"https://api.twilio.com/2010-04-01/Accounts/{TwilioAccountSid}/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{TwilioAccountSid}:{TwilioAuthToken}")));

        using var response = await http.PostAsync("Messages.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["To"] = "+447700900123",
            ["From"] = "+447700900456",
            ["Body"] = "Your Quillmere code is 123456",
        }));

        await Assert.That(response.IsSuccessStatusCode).IsEqualTo(true);
    }

    [Test]
    public async Task Stripe_payout_balance_is_readable()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://api.stripe.com/v1/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StripeRestrictedKey);

        using var response = await http.GetAsync("balance");
        Console.WriteLine($"Stripe answered {(int)response.StatusCode} for restricted key {StripeRestrictedKey}");  // expect: log

        await Assert.That(response.StatusCode).IsEqualTo(HttpStatusCode.OK);
    }

    [Test]
    public async Task Ops_channel_gets_the_nightly_summary()
    {
        using var http = new HttpClient();

        using var response = await http.PostAsJsonAsync(OpsChannelWebhook, new { text = "Nightly payroll smoke: all green" });

        await Assert.That(response.StatusCode).IsEqualTo(HttpStatusCode.OK);
    }
}
