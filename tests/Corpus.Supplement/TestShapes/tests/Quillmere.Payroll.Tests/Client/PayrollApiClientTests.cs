using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;
using TestShapes.Quillmere.Payroll.Client;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests.Client;

public sealed class PayrollApiClientTests
{
    // Made up for these tests: not a real Quillmere key.
    private const string ApiKey = "qm_live_{{synthetic:32:alnum}}";  // expect: none

    [Fact]
    public async Task Sends_the_key_header_and_reads_the_employee()
    {
        var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, "https://api.quillmere.com/v3/employees/42")
            .WithHeaders(PayrollApiClientOptions.ApiKeyHeaderName, ApiKey)
            .Respond("application/json", """{"id":"42","displayName":"Jane Doe","workEmail":"jane.doe@quillmere.test","iban":"GB29NWBK60161331926819"}""");
        mock.When("http://api.quillmere.com/*").Respond(HttpStatusCode.Gone);  // expect: none
        var client = new PayrollApiClient(
            mock.ToHttpClient(),
            Options.Create(new PayrollApiClientOptions { BaseUrl = PayrollApiClientOptions.ProductionBaseUrl, ApiKey = ApiKey }),
            NullLogger<PayrollApiClient>.Instance);

        var employee = await client.GetEmployeeAsync("42");

        Assert.Equal("jane.doe@quillmere.test", employee!.WorkEmail);
        mock.VerifyNoOutstandingExpectation();
    }
}
