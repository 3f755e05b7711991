using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace TestShapes.Quillmere.Payroll.Tests.Fakes;

/// <summary>The bank partner's API on a random local port, for the client and webhook tests (xUnit class fixture).</summary>
public sealed class BankPartnerWireMock : IDisposable
{
    public BankPartnerWireMock()
    {
        Server.Given(Request.Create().WithPath("/oauth2/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"{{synthetic:48:alnum}}","token_type":"Bearer","expires_in":3600}"""));  // expect: none

        Server.Given(Request.Create().WithPath("/v2/payments").UsingPost().WithHeader("Authorization", "Bearer *"))
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new
            {
                id = "pay_01HZX4",
                status = "pending",
                receipt_url = "http://receipts.bankpartner.co.uk/pay_01HZX4.pdf",  // expect: none
            }));
    }

    public WireMockServer Server { get; } = WireMockServer.Start();

    public void Dispose() => Server.Dispose();
}

/// <summary>
/// Re-records the partner's sandbox answers into Fakes/Mappings: run by hand with RECORD_BANKPARTNER=1 when the
/// partner changes its API. WireMock forwards every request to the sandbox and saves what comes back.
/// </summary>
public sealed class BankPartnerRecorder : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings
    {
        Urls = ["http://localhost:9092"],
        ProxyAndRecordSettings = new ProxyAndRecordSettings
        {
            Url = "http://sandbox.bankpartner.co.uk",  // expect: http
            SaveMapping = true,
            SaveMappingToFile = true,
            ExcludedHeaders = ["Authorization", "X-Request-Id"],
        },
    });

    public bool IsRecording => _server.IsStarted;

    public void Dispose() => _server.Dispose();
}
