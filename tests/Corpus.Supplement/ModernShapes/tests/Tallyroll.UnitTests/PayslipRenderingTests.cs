using Tallyroll.PayrollApi;
using VerifyXunit;
using Xunit;

namespace Tallyroll.UnitTests;

public sealed class PayslipRenderingTests
{
    private const string ExpectedSummary = """{"payslip":"ps_1001","download":"http://payslips.ketterly-payroll.com/legacy/ps_1001.pdf","net":"2,931.40 EUR"}""";  // expect: none

    [Fact]
    public Task Payslip_summary_matches_the_snapshot() =>
        Verifier.Verify(PayslipSummary.Render("ps_1001", 2931.40m))
            .ScrubMembers("iban", "tax_id")
            .UseDirectory("Snapshots")
            .ToTask();

    [Fact]
    public void Payslip_summary_is_unchanged() =>
        Assert.Equal(ExpectedSummary, PayslipSummary.Render("ps_1001", 2931.40m));

    [Fact]
    public void Request_log_shows_only_the_key_prefix() =>
        Assert.Equal("kp_live_****", KetterlyKeys.Mask("kp_live_" + new string('q', 32)));  // expect: none
}
