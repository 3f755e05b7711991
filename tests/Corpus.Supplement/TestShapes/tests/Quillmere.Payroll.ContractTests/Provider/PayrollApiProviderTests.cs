using Microsoft.VisualStudio.TestTools.UnitTesting;
using PactNet;
using PactNet.Verifier;

namespace TestShapes.Quillmere.Payroll.ContractTests.Provider;

/// <summary>Verifies the payroll API against every consumer's pact in the company's PactFlow workspace.</summary>
[TestClass]
public sealed class PayrollApiProviderTests
{
    private const string PactBrokerUrl = "https://quillmere.pactflow.io";

    // CI overrides it with PACT_BROKER_TOKEN; the fallback lets developers run the verification locally.
    private const string PactBrokerToken = "{{synthetic:22:alnum}}";  // expect: secret

    [TestMethod]
    [TestCategory("Contract")]
    public void Payroll_api_honours_its_consumers_pacts()
    {
        using var verifier = new PactVerifier("Quillmere.Payroll.Api", new PactVerifierConfig { LogLevel = PactLogLevel.Information });
        var token = Environment.GetEnvironmentVariable("PACT_BROKER_TOKEN") ?? PactBrokerToken;
        Console.WriteLine($"Verifying against {PactBrokerUrl} with a broker token ending {token[^4..]}");  // expect: none

        verifier
            .WithHttpEndpoint(new Uri("http://localhost:5080"))  // expect: none
            .WithPactBrokerSource(new Uri(PactBrokerUrl), options => options
                .TokenAuthentication(token)
                .EnablePending()
                .PublishResults(Environment.GetEnvironmentVariable("GIT_SHA") ?? "local", publish => publish.ProviderBranch("main")))
            .WithProviderStateUrl(new Uri("http://localhost:5080/provider-states"))
            .Verify();
    }

    [TestMethod]
    [TestCategory("Nightly")]
    public void Deployed_staging_api_honours_the_pacts_tagged_for_staging()
    {
        using var verifier = new PactVerifier("Quillmere.Payroll.Api", new PactVerifierConfig());

        verifier
            .WithHttpEndpoint(new Uri("http://payroll-api.staging.quillmere.io"))  // expect: http
            .WithPactBrokerSource(new Uri(PactBrokerUrl), options => options.TokenAuthentication(Environment.GetEnvironmentVariable("PACT_BROKER_TOKEN") ?? PactBrokerToken))
            .Verify();
    }
}
