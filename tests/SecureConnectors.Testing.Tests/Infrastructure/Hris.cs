using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using AcmeHris;

namespace SecureConnectors.Testing.Tests.Infrastructure;

/// <summary>The AcmeHris sample's connector against a fake provider, set up as a user's test would set it up.</summary>
internal static class Hris
{
    /// <summary>The declared base URL: the client sends there, and the fake answers it without any network.</summary>
    public static readonly Uri DeclaredBase = new("https://api.acme-hris.example/v2/");

    /// <summary>Synthetic employees with every field the provider has, scoped or not, personal or not.</summary>
    public const string Employees = """
        [
          { "id": "e-1001", "displayName": "Ada Example", "department": "Engineering", "workEmail": "ada@acme.example",
            "homeAddress": "1 Sample Street", "birthDate": "1990-01-01T00:00:00Z", "nationalId": "000-00-0000", "salary": 1.5, "bankAccount": "XX00 TEST 0000" },
          { "id": "e-1002", "displayName": "Grace Example", "department": "Engineering", "workEmail": "grace@acme.example",
            "homeAddress": "2 Sample Street", "birthDate": "1991-02-02T00:00:00Z", "nationalId": "000-00-0001", "salary": 2.5, "bankAccount": "XX00 TEST 0001" },
          { "id": "e-1003", "displayName": "Alan Example", "department": "Research", "workEmail": "alan@acme.example",
            "homeAddress": "3 Sample Street", "birthDate": "1992-03-03T00:00:00Z", "nationalId": "000-00-0002", "salary": 3.5, "bankAccount": "XX00 TEST 0002" }
        ]
        """;

    /// <summary>A fake from the generated manifest, with the employees loaded and the directory scope granted.</summary>
    public static FakeProvider Fake() =>
        new FakeProvider(AcmeHrisManifest.Json).AddResource("employees", Employees).Grant("employees:read");

    /// <summary>The generated client on <c>new HttpClient(fake)</c> with the declared host as its base address.</summary>
    public static AcmeHrisClient Client(FakeProvider fake, ICredentialProvider? credentials = null, ConnectorOptions? options = null) =>
        new(new HttpClient(fake) { BaseAddress = DeclaredBase }, credentials ?? TestTokens.Bearer(), null, options);

    /// <summary>The assembly manifest the build wrote beside the tests (SecureConnectorsManifest=true).</summary>
    public static string BuildManifest() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SecureConnectors.Testing.Tests.connectors.json"));

    /// <summary>A request built by hand, as a buggy or hostile caller would send it, through the fake.</summary>
    public static async Task<HttpResponseMessage> SendAsync(
        FakeProvider fake, HttpMethod method, string uri, string? authorization = HandToken, string? header = "Authorization", HttpContent? body = null)
    {
        using var client = new HttpClient(fake, disposeHandler: false);
        using var request = new HttpRequestMessage(method, uri) { Content = body };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation(header!, authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The credential of hand-built requests: synthetic.</summary>
    public const string HandToken = "Bearer " + TestTokens.Prefix + "hand";

    /// <summary>GET by hand with the hand token.</summary>
    public static Task<HttpResponseMessage> GetAsync(FakeProvider fake, string uri, string? authorization = HandToken) =>
        SendAsync(fake, HttpMethod.Get, uri, authorization);
}
