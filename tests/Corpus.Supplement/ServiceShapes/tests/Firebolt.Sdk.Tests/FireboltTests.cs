using System.Security.Cryptography;
using System.Text;
using Firebolt;
using Firebolt.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;
using RichardSzalay.MockHttp;
using Xunit;

namespace Firebolt.Sdk.Tests;

public sealed class FireboltHandlerTests
{
    [Fact]
    public void Self_signed_switch_installs_the_accept_any_validator()
    {
        var options = new FireboltOptions { ProjectUrl = new Uri("https://firebolt.lab.test:8443"), AllowSelfSignedCertificate = true };  // expect: none
        using var handler = (HttpClientHandler)FireboltHandlers.Create(options);
        Assert.True(ReferenceEquals(handler.ServerCertificateCustomValidationCallback, HttpClientHandler.DangerousAcceptAnyServerCertificateValidator));  // expect: none
    }

    [Fact]
    public void Pinned_certificate_keeps_a_validating_callback()
    {
        var options = new FireboltOptions { PinnedCertificateSha256 = new string('A', 64) };
        using var handler = (HttpClientHandler)FireboltHandlers.Create(options);
        Assert.False(ReferenceEquals(handler.ServerCertificateCustomValidationCallback, HttpClientHandler.DangerousAcceptAnyServerCertificateValidator));
    }
}

public sealed class FireboltWebhookVerifierTests
{
    private const string TestWebhookSecret = "firebolt-webhook-test-secret";  // expect: none

    [Fact]
    public void Accepts_a_v1_signature()
    {
        var verifier = new FireboltWebhookVerifier(new FireboltOptions { WebhookSecret = TestWebhookSecret }, TimeProvider.System);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var signature = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(TestWebhookSecret), Encoding.UTF8.GetBytes(timestamp + ".{}")));

        Assert.True(verifier.IsValid("{}", timestamp, signature, null));
    }

    [Fact]
    public void Accepts_the_legacy_secret_header()
    {
        var verifier = new FireboltWebhookVerifier(new FireboltOptions { WebhookSecret = TestWebhookSecret }, TimeProvider.System);
        Assert.True(verifier.IsValid("{}", null, null, TestWebhookSecret));
    }
}

public sealed class FireboltClientTests
{
    // The local stack's anon key shape (role "anon", no subject); MockHttp answers, nothing reaches a server.
    private const string MockAnonKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJmaXJlYm9sdC1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.{{synthetic:43:alnum}}";  // expect: none

    [Fact]
    public async Task Insert_sends_the_anon_key_twice()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.Expect(HttpMethod.Post, "http://firebolt.lab.harbor-analytics.net:54321/rest/v1/todos")  // expect: none
            .WithHeaders("apikey", MockAnonKey)
            .Respond("application/json", "[]");
        var options = new FireboltOptions { ProjectUrl = new Uri("http://firebolt.lab.harbor-analytics.net:54321/"), AnonKey = MockAnonKey };
        var client = new FireboltClient(mockHttp.ToHttpClient(), options, NullLogger<FireboltClient>.Instance);

        using var result = await client.InsertAsync("todos", new { title = "Buy popcorn" }, asService: false);

        mockHttp.VerifyNoOutstandingExpectation();
    }
}
