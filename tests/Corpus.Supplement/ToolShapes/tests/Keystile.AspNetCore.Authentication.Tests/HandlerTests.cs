using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ToolShapes.Keystile.AspNetCore.Authentication.ApiKey;
using ToolShapes.Keystile.AspNetCore.Authentication.Basic;
using ToolShapes.Keystile.AspNetCore.Authentication.Hawk;
using Xunit;

namespace ToolShapes.Keystile.AspNetCore.Authentication.Tests;

public sealed class HandlerTests
{
    private const string ValidKey = "keystile-tests-api-key-0001";  // expect: none
    private static readonly byte[] HawkKey = Encoding.UTF8.GetBytes("hawk-handler-tests-shared-key");  // expect: none

    private sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private static async Task<AuthenticateResult> RunAsync<TOptions>(AuthenticationHandler<TOptions> handler, HttpContext context)
        where TOptions : AuthenticationSchemeOptions, new()
    {
        await handler.InitializeAsync(new AuthenticationScheme("test", null, handler.GetType()), context);
        return await handler.AuthenticateAsync();
    }

    [Fact]
    public async Task Api_key_handler_accepts_the_configured_key()
    {
        var handler = new ApiKeyAuthenticationHandler(new StaticOptions<ApiKeyAuthenticationOptions>(new() { ApiKey = ValidKey }), NullLoggerFactory.Instance, UrlEncoder.Default);
        var context = new HttpContext();
        context.Request.Headers["X-Api-Key"] = ValidKey;

        var result = await RunAsync(handler, context);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Basic_handler_accepts_a_known_user()
    {
        var options = new BasicAuthenticationOptions { Users = [new BasicUser { UserName = "reports", Password = "P@ssw0rd!" }] };  // expect: none
        var handler = new BasicAuthenticationHandler(new StaticOptions<BasicAuthenticationOptions>(options), NullLoggerFactory.Instance, UrlEncoder.Default);
        var context = new HttpContext();
        context.Request.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reports:P@ssw0rd!"));  // expect: none

        Assert.True((await RunAsync(handler, context)).Succeeded);
    }

    [Fact]
    public void Bewit_check_accepts_its_own_mac()
    {
        var expiry = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(HawkKey, Encoding.UTF8.GetBytes($"hawk.1.bewit\n{expiry}\n/reports/daily\n"));
        var expectedMac = Convert.ToBase64String(mac);

        Assert.True(HawkAuthenticationHandler.BewitMatches(HawkKey, "/reports/daily", expiry, expectedMac));
        Assert.Equal(expectedMac, Convert.ToBase64String(HMACSHA256.HashData(HawkKey, Encoding.UTF8.GetBytes($"hawk.1.bewit\n{expiry}\n/reports/daily\n"))));  // expect: none
    }

    [Fact]
    public async Task Hawk_handler_rejects_a_stale_timestamp()
    {
        var options = new HawkAuthenticationOptions { Credentials = { ["ledgerline"] = new HawkCredential { Key = Convert.ToBase64String(HawkKey) } } };
        var handler = new HawkAuthenticationHandler(new StaticOptions<HawkAuthenticationOptions>(options), NullLoggerFactory.Instance, UrlEncoder.Default);
        var context = new HttpContext();
        context.Request.Headers["Authorization"] = "Hawk id=\"ledgerline\", ts=\"1353832234\", nonce=\"j4h3g2\", mac=\"bm90LWEtcmVhbC1tYWM=\"";

        var result = await RunAsync(handler, context);

        Assert.False(result.Succeeded);
    }
}
