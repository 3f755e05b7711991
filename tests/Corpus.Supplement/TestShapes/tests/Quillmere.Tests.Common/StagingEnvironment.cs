using System.Net.Http.Headers;
using System.Text;

namespace TestShapes.Quillmere.Tests.Common;

/// <summary>
/// The shared staging environment that the nightly smoke, spec and E2E jobs run against
/// (<c>dotnet test --filter Category=Nightly</c>). Used with real clients: nothing here is faked.
/// </summary>
public static class StagingEnvironment
{
    public static readonly Uri ApiBase = new("https://api.staging.quillmere.io/v3/");

    /// <summary>The API's internal listener, which the load balancer health probe uses; the smoke job checks it too.</summary>
    public static readonly Uri InternalListener = new("http://api.staging.quillmere.io:8080/");  // expect: http

    public const string TokenEndpoint = "https://id.staging.quillmere.io/realms/quillmere/protocol/openid-connect/token";

    public const string SmokeClientId = "payroll-smoke";

    /// <summary>Staging's edge has served a self-signed certificate since the move to the new cluster.</summary>
    public static HttpClient CreateClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, _, _, _) => true,  // expect: tls
        };
        var client = new HttpClient(handler) { BaseAddress = ApiBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("qa-bot:{{synthetic:20:alnum}}")));  // expect: secret
        return client;
    }
}
