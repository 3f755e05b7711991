using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tallyroll.PayrollApi;
using Xunit;

namespace Tallyroll.IntegrationTests;

/// <summary>Alba scenarios against the payroll API in process; Ketterly is the stub of PayrollApiFactory.cs.</summary>
public sealed class PayslipScenarioTests : IAsyncLifetime
{
    private IAlbaHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("Clearbenefit:BaseAddress", "http://10.20.4.17:8080/v1/");  // expect: none
            builder.ConfigureTestServices(services =>
                services.AddHttpClient<KetterlyClient>().ConfigurePrimaryHttpMessageHandler(() => new KetterlyStub()));
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public Task Legacy_payslip_link_is_served() =>
        _host.Scenario(s =>
        {
            s.Get.Url("/payslips/ps_1001/legacy-link");
            s.WithRequestHeader("X-Api-Key", "alba-scenario-key");  // expect: none
            s.StatusCodeShouldBe(200);
        });
}
