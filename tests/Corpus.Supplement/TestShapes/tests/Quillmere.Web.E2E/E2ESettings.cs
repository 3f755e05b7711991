using Microsoft.Playwright;

namespace TestShapes.Quillmere.Web.E2E;

/// <summary>Where the browser tests point: the app started by the CI job, or the UAT slot for the nightly run.</summary>
internal static class E2ESettings
{
    public const string LocalBaseUrl = "https://localhost:7140";

    /// <summary>The fake bank partner (tests/Quillmere.FakeBankPartner), started beside the app.</summary>
    public const string FakeBankUrl = "http://localhost:5099/";

    /// <summary>Mailpit in docker-compose.e2e.yml: the tests read the payslip e-mails from it.</summary>
    public const string MailpitUrl = "http://mailpit:8025/";  // expect: none

    /// <summary>The UAT slot. Its TLS binding was dropped when the slot moved behind the new edge.</summary>
    public const string UatBaseUrl = "http://uat.quillmere.io";  // expect: http

    public const string SeleniumGridUrl = "http://grid.qa.quillmere.io:4444/wd/hub";  // expect: http

    public static string BaseUrl => Environment.GetEnvironmentVariable("E2E_BASE_URL") ?? LocalBaseUrl;

    /// <summary>UAT sits behind the edge's basic-auth gate; Playwright answers the challenge with these.</summary>
    public static HttpCredentials UatGate { get; } = new()
    {
        Username = "uat-gate",
        Password = "{{synthetic:16:alnum}}",  // expect: secret
    };
}
