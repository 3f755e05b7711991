using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Remote;

namespace TestShapes.Quillmere.Web.E2E;

/// <summary>The nightly Selenium run against the UAT slot, on the QA team's grid (still Selenium; the rest moved to Playwright).</summary>
[TestFixture]
[Category("Nightly")]
[Explicit("Runs against UAT from the nightly pipeline only")]
public sealed class NightlyUatTests
{
    private const string UatAdminEmail = "qa.admin@quillmere.io";

    private const string UatAdminPassword = "{{synthetic:18:alnum}}";  // expect: secret

    [Test]
    public void Uat_admin_can_open_the_pay_run_list()
    {
        var options = new ChromeOptions { AcceptInsecureCertificates = true };  // expect: none
        options.AddArgument("--headless=new");
        using IWebDriver driver = Environment.GetEnvironmentVariable("USE_LOCAL_CHROME") is null
            ? new RemoteWebDriver(new Uri(E2ESettings.SeleniumGridUrl), options)
            : new ChromeDriver(options);

        driver.Navigate().GoToUrl(E2ESettings.UatBaseUrl + "/account/login");
        driver.FindElement(By.Id("Email")).SendKeys(UatAdminEmail);
        driver.FindElement(By.Id("Password")).SendKeys(UatAdminPassword);
        driver.FindElement(By.CssSelector("button[type=submit]")).Click();

        if (!driver.Url.EndsWith("/payroll/runs", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"UAT sign-in failed for {UatAdminEmail} with password {UatAdminPassword}");  // expect: log
        }

        driver.Navigate().GoToUrl("http://selenium-hub:4444/status");  // expect: none
        Assert.That(driver.FindElement(By.CssSelector("h1")).Text, Is.EqualTo("Pay runs"));
    }
}
