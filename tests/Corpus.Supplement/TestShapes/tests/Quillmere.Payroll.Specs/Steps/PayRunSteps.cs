using Reqnroll;
using TestShapes.Quillmere.Payroll.Specs.Drivers;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Specs.Steps;

[Binding]
public sealed class PayRunSteps(PayrollApiDriver driver)
{
    [Given(@"the following employees are on the payroll:")]
    public void GivenTheFollowingEmployees(Table table)
    {
        foreach (var row in table.Rows)
        {
            driver.AddEmployee(new SpecEmployee(row["Name"], row["Work email"], row["IBAN"], row["Initial password"]));
        }
    }

    [Given(@"the partner calls with the API key ""(.*)""")]
    public void GivenThePartnerCallsWithTheApiKey(string apiKey) => driver.UsePartnerKey(apiKey);

    [When(@"the admin starts the pay run for ""(.*)""")]
    public Task WhenTheAdminStartsThePayRun(string period) => driver.StartPayRunAsync(period);

    [When(@"the bank partner confirms the payments with a webhook signed with ""(.*)""")]
    public Task WhenTheBankPartnerConfirms(string secret) => driver.SendBankWebhookAsync(secret);

    [Then(@"the webhook is (accepted|rejected)")]
    public void ThenTheWebhookIs(string outcome) => Assert.Equal(outcome == "accepted", driver.LastWebhookAccepted);

    [Then(@"(\d+) payslips are e-mailed")]
    public void ThenPayslipsAreEmailed(int count) => Assert.Equal(count, driver.PayslipsSent);

    /// <summary>The Background table of PayRun.feature, for the scenarios written in code.</summary>
    public static Table DefaultEmployees()
    {
        var table = new Table("Name", "Work email", "IBAN", "Initial password");
        table.AddRow("Jane Doe", "jane.doe@quillmere.test", "GB29NWBK60161331926819", "Summer2026!");
        table.AddRow("Omar Haddad", "omar.haddad@quillmere.test", "GB94BARC10201530093459", "Welcome2026!");
        return table;
    }
}
