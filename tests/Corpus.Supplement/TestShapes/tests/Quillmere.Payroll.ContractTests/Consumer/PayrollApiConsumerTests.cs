using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using PactNet;
using PactNet.Matchers;
using TestShapes.Quillmere.Payroll.Client;

namespace TestShapes.Quillmere.Payroll.ContractTests.Consumer;

/// <summary>The web app's expectations of the payroll API, written to ../../../pacts and published from CI.</summary>
[TestClass]
public sealed class PayrollApiConsumerTests
{
    /// <summary>What the mock provider expects in the Authorization header; the provider test swaps in a real token.</summary>
    private const string ConsumerAuthorization = "Bearer pact-consumer-placeholder-token";  // expect: none

    private static readonly IPactBuilderV4 Pact = PactNet.Pact
        .V4("Quillmere.Web", "Quillmere.Payroll.Api", new PactConfig { PactDir = "../../../pacts", LogLevel = PactLogLevel.Warn })
        .WithHttpInteractions(port: 9222);

    [TestMethod]
    public async Task Get_employee_returns_the_payroll_profile()
    {
        Pact.UponReceiving("a request for employee 42")
            .Given("employee 42 exists")
            .WithRequest(HttpMethod.Get, "/v3/employees/42")
            .WithHeader("Authorization", ConsumerAuthorization)
            .WithHeader(PayrollApiClientOptions.ApiKeyHeaderName, Match.Regex("qm_live_0000000000000000000000000000000000", "^qm_(live|sbx)_[A-Za-z0-9]{32,}$"))  // expect: none
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new
            {
                id = Match.Type("42"),
                displayName = Match.Type("Jane Doe"),
                workEmail = Match.Regex("jane.doe@quillmere.test", "^[^@]+@[^@]+$"),
                iban = Match.Type("GB29NWBK60161331926819"),
            });

        await Pact.VerifyAsync(async context =>
        {
            var client = new PayrollApiClient(
                new HttpClient { BaseAddress = context.MockServerUri },
                Options.Create(new PayrollApiClientOptions { BaseUrl = "http://127.0.0.1:9222/v3/", ApiKey = "qm_live_0000000000000000000000000000000000" }),  // expect: none
                NullLogger<PayrollApiClient>.Instance);

            var employee = await client.GetEmployeeAsync("42");

            Assert.AreEqual("jane.doe@quillmere.test", employee!.WorkEmail);
        });
    }
}
