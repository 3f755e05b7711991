using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using NUnit.Framework;
using TestShapes.Quillmere.Web.E2E.Pages;

namespace TestShapes.Quillmere.Web.E2E;

[TestFixture]
public sealed class PayrollRunTests : PageTest
{
    private const string WrongPassword = "not-the-right-password";  // expect: none

    public override BrowserNewContextOptions ContextOptions() => new()
    {
        BaseURL = E2ESettings.BaseUrl,
        StorageStatePath = PlaywrightSetup.AdminStorageState,
        IgnoreHTTPSErrors = true,
        Locale = "en-GB",
        HttpCredentials = E2ESettings.BaseUrl == E2ESettings.LocalBaseUrl ? null : E2ESettings.UatGate,
    };

    [Test]
    public async Task Admin_starts_the_march_pay_run_and_sees_the_payslips()
    {
        await Page.GotoAsync("/payroll/runs/new?period=2026-03");
        await Page.ClickAsync("button#start-run");

        await Expect(Page.GetByText("Pay run 2026-03 completed")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Payslip e-mailed to jane.doe@quillmere.test")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Payslip_link_in_the_e_mail_opens_the_pdf()
    {
        await Page.GotoAsync(E2ESettings.MailpitUrl + "view/latest");
        var link = await Page.Locator("a#payslip-link").InnerTextAsync();

        Assert.That(link.StartsWith(E2ESettings.BaseUrl + "/payslips/", StringComparison.Ordinal), Is.EqualTo(true));
    }

    [Test]
    public async Task Wrong_password_shows_an_error()
    {
        await new LoginPage(Page).SignInAsync(PlaywrightSetup.AdminEmail, WrongPassword);

        await Expect(Page.Locator(LoginPage.PasswordError)).ToHaveTextAsync("The e-mail address or password is incorrect.");
    }
}
