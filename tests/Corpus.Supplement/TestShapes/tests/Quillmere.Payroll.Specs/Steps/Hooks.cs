using Reqnroll;
using TestShapes.Quillmere.Payroll.Specs.Drivers;
using TestShapes.Quillmere.Tests.Common;
using WireMock.Server;
using WireMock.Settings;

namespace TestShapes.Quillmere.Payroll.Specs.Steps;

[Binding]
public static class FakeBankPartnerHooks
{
    private static WireMockServer? _bankPartner;

    [BeforeTestRun]
    public static void StartTheFakeBankPartner() =>
        _bankPartner = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://localhost:9091"] });  // expect: none

    [AfterTestRun]
    public static void StopTheFakeBankPartner() => _bankPartner?.Stop();
}

[Binding]
public sealed class ScenarioHooks(PayrollApiDriver driver)
{
    [BeforeScenario]
    public void PointAtTheLocalApi() =>
        driver.Http = new HttpClient(new FakeWebhookReceiver(PayrollApiDriver.ScenarioWebhookSecret)) { BaseAddress = new Uri("https://localhost:7140/v3/") };

    /// <summary>@staging scenarios run in the nightly pipeline against the staging API's internal listener.</summary>
    [BeforeScenario("@staging")]
    public void PointAtStaging()
    {
        driver.Http = new HttpClient { BaseAddress = new Uri("http://staging-api.quillmere.io/v3/") };  // expect: http
        driver.PostWebhooksToStaging = true;
    }
}
