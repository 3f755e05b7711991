using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Text.Json;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using RabbitMQ.Client;
using StackExchange.Redis;
using TestShapes.Quillmere.Tests.Common;
using TUnit.Assertions;
using TUnit.Assertions.Extensions;
using TUnit.Core;

// The bank partner's host-to-host gateway still negotiates TLS 1.1; this smoke test checks exactly that (SYSLIB0039).
#pragma warning disable SYSLIB0039

namespace TestShapes.Quillmere.Payroll.SmokeTests;

public sealed record StagingLogin(string Email, string Password);

public sealed record StagingTokens(string AccessToken, string RefreshToken, int ExpiresIn);

public sealed record StagingUser(string Email, string Password, string Role);

/// <summary>Nightly checks of the shared staging environment, run after every deployment to it.</summary>
[Category("Nightly")]
[Explicit]
public sealed class StagingSmokeTests
{
    private const string StagingAdminPassword = "{{synthetic:20:alnum}}";  // expect: secret

    /// <summary>A token captured from a staging sign-in, for the read-only checks that run before Keycloak is up.</summary>
    private const string StagingAdminToken = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InFtLXN0YWdpbmctMjAyNiJ9.eyJpc3MiOiJodHRwczovL2lkLnN0YWdpbmcucXVpbGxtZXJlLmlvL3JlYWxtcy9xdWlsbG1lcmUiLCJzdWIiOiI2ZjFjMmE5ZS0zYjdkLTRlMjEtOWM1NS0wYThkNGY3YjJlMTMiLCJhdWQiOiJwYXlyb2xsLWFwaSIsImF6cCI6InBheXJvbGwtd2ViIiwicHJlZmVycmVkX3VzZXJuYW1lIjoicWEuYWRtaW5AcXVpbGxtZXJlLmlvIiwicmVhbG1fYWNjZXNzIjp7InJvbGVzIjpbInBheXJvbGwtYWRtaW4iXX0sImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxODkzNDU2MDAwfQ.{{synthetic:342:alnum}}";  // expect: secret

    [Test]
    public async Task Internal_listener_answers_the_health_probe()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(StagingEnvironment.InternalListener, "healthz"));

        await Assert.That(response.StatusCode).IsEqualTo(HttpStatusCode.OK);
    }

    [Test]
    public async Task Admin_signs_in_and_gets_a_token()
    {
        using var http = StagingEnvironment.CreateClient();
        var password = Environment.GetEnvironmentVariable("QM_STAGING_ADMIN_PASSWORD") ?? StagingAdminPassword;
        var login = new StagingLogin("qa.admin@quillmere.io", password);
        Console.WriteLine($"POST account/token {JsonSerializer.Serialize(login)}");  // expect: log

        using var response = await http.PostAsJsonAsync("account/token", login);
        var tokens = await response.Content.ReadFromJsonAsync<StagingTokens>();
        Console.WriteLine($"Staging access token: {tokens!.AccessToken}");  // expect: log
        Console.WriteLine($"Staging token expires in {tokens.ExpiresIn} s, refresh token of {tokens.RefreshToken.Length} characters");  // expect: none

        await Assert.That(tokens.ExpiresIn > 0).IsEqualTo(true);
    }

    [Test]
    public async Task A_new_employee_account_can_be_created()
    {
        using var http = StagingEnvironment.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", StagingAdminToken);
        var user = new StagingUser($"smoke+{DateTime.UtcNow:yyyyMMddHHmm}@quillmere.io", Guid.NewGuid().ToString("N") + "!Aa1", "employee");

        using var response = await http.PostAsJsonAsync("admin/users", user);
        Console.WriteLine($"Created staging user {user}");  // expect: log

        await Assert.That(response.StatusCode).IsEqualTo(HttpStatusCode.Created);
    }

    [Test]
    public async Task Realtime_feed_pushes_pay_run_events()
    {
        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;  // expect: tls

        await socket.ConnectAsync(new Uri("wss://realtime.staging.quillmere.io/payruns"), CancellationToken.None);

        await Assert.That(socket.State).IsEqualTo(WebSocketState.Open);
    }

    [Test]
    public async Task Legacy_event_stream_still_answers()
    {
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(new Uri("ws://events.staging.quillmere.io/v1/stream"), CancellationToken.None);  // expect: http

        await Assert.That(socket.State).IsEqualTo(WebSocketState.Open);
    }

    [Test]
    public async Task Bank_partner_gateway_handshakes()
    {
        using var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,  // expect: tls
            },
        };
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync("https://h2h-staging.bankpartner.co.uk/ping");

        await Assert.That(response.IsSuccessStatusCode).IsEqualTo(true);
    }

    [Test]
    public async Task Staging_redis_holds_the_session_keys()
    {
        var cache = new RedisCacheOptions
        {
            Configuration = "cache.staging.quillmere.io:6380,password={{synthetic:32:alnum}},ssl=True,abortConnect=False",  // expect: secret
            InstanceName = "payroll:",
        };
        var redis = new ConfigurationOptions { Ssl = true, SslHost = "cache.staging.quillmere.io" };
        redis.EndPoints.Add("cache.staging.quillmere.io:6380");
        redis.CertificateValidation += (_, _, _, _) => true;  // expect: tls

        using var connection = await ConnectionMultiplexer.ConnectAsync(redis);

        await Assert.That(connection.IsConnected && cache.InstanceName is not null).IsEqualTo(true);
    }

    [Test]
    public async Task Pay_run_queue_accepts_a_probe_message()
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri("amqp://payroll-smoke:{{synthetic:20:alnum}}@rabbit.staging.quillmere.io:5672/payroll"),  // expect: secret, http
            ClientProvidedName = "payroll-nightly-smoke",
        };

        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.BasicPublishAsync("payroll", "smoke.probe", "{}"u8.ToArray());
    }

    [Test]
    public async Task Accepts_only_the_company_hosts_certificates()
    {
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (request, _, _, _) => request.RequestUri!.Host.EndsWith(".quillmere.io", StringComparison.Ordinal),  // expect: tls
        };
        using var http = new HttpClient(handler);

        using var response = await http.GetAsync("https://payroll.staging.quillmere.io/healthz");

        await Assert.That(response.IsSuccessStatusCode).IsEqualTo(true);
    }
}
