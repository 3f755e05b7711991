using Tallyroll.PayrollApi;
using TUnit.Assertions;
using TUnit.Assertions.Extensions;
using TUnit.Core;

namespace Tallyroll.UnitTests;

public sealed class PayslipLinkTests
{
    [Test]
    [Arguments("http://payslips.ketterly-payroll.com/ps_1001.pdf")]  // expect: none
    [Arguments("HTTP://PAYSLIPS.KETTERLY-PAYROLL.COM/ps_1002.pdf")]  // expect: none
    public async Task Plain_http_links_to_ketterly_are_upgraded(string link)
    {
        await Assert.That(PayslipLinks.Upgrade(new Uri(link)).Scheme).IsEqualTo("https");
    }

    [Test]
    public async Task Legacy_links_keep_the_v2_layout()
    {
        await Assert.That(PayslipLinks.Legacy("ps_1003")).IsEqualTo("http://payslips.ketterly-payroll.com/legacy/ps_1003.pdf");  // expect: none
    }
}
