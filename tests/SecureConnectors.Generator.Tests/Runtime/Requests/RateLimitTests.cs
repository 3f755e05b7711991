using System;
using System.Globalization;
using System.Net;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Requests;

/// <summary>GitHub answers its rate limit with 403 and X-RateLimit-*; other providers with 429 and Retry-After.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_403_with_no_requests_remaining_is_a_rate_limit_that_waits_until_the_reset()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers["X-RateLimit-Remaining"] = "0";
            c.Response.Headers["X-RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
            return LocalProvider.Json(c, """{"message":"API rate limit exceeded"}""", status: 403);
        });
        var audit = new RecordingAuditSink();

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => Clients.Hris(server, new TestCredentials(), audit).GetEmployeeAsync("e-1"));

        Assert.Equal(HttpStatusCode.Forbidden, limited.StatusCode);
        Assert.InRange(limited.RetryAfter!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal((ConnectorCallOutcome.RateLimited, (int?)403), (audit.Events[0].Outcome, audit.Events[0].StatusCode));
    }

    [Fact]
    public async Task Retry_after_wins_over_the_reset_time()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers.RetryAfter = "60";
            c.Response.Headers["X-RateLimit-Remaining"] = "0";
            c.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return LocalProvider.Json(c, "{}", status: 403);
        });

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1"));

        Assert.Equal(TimeSpan.FromSeconds(60), limited.RetryAfter);
    }

    [Fact]
    public async Task A_429_with_only_the_reset_header_waits_until_the_reset()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers["X-RateLimit-Remaining"] = "0";
            c.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddSeconds(120).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return LocalProvider.Json(c, "{}", status: 429);
        });

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.RetryAfter!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(120));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("12")]
    public async Task A_403_with_requests_remaining_or_no_rate_limit_headers_is_a_plain_refusal(string? remaining)
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            if (remaining is not null)
            {
                c.Response.Headers["X-RateLimit-Remaining"] = remaining;
            }

            return LocalProvider.Json(c, "{}", status: 403);
        });

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync("e-1"));

        Assert.IsNotType<RateLimitedException>(refused);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
