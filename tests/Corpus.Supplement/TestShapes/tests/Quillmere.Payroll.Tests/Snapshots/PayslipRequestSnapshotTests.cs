using System.Net.Http.Headers;
using System.Net.Http.Json;
using VerifyXunit;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests.Snapshots;

/// <summary>Snapshot of the SendGrid request the payslip mailer builds; the credential is scrubbed from the snapshot.</summary>
public sealed class PayslipRequestSnapshotTests
{
    private const string DummySendGridKey = "SG.{{synthetic:22:alnum}}.{{synthetic:43:alnum}}";  // expect: none

    [Fact]
    public async Task Payslip_mail_request_matches_the_snapshot()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.sendgrid.com/v3/mail/send")
        {
            Content = JsonContent.Create(new { to = "jane.doe@quillmere.test", template_id = "d-payslip-2026", period = "2026-03" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DummySendGridKey);

        await Verifier.Verify(new
            {
                Method = request.Method.Method,
                Uri = request.RequestUri,
                Authorization = request.Headers.Authorization.ToString(),
                Body = await request.Content.ReadAsStringAsync(),
            })
            .ScrubMembers("Authorization")
            .UseDirectory("Snapshots/verified");
    }
}
