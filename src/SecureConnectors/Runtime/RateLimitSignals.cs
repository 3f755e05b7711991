using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace SecureConnectors.Runtime;

/// <summary>
/// Tells a rate limit from another refusal: a 429, or a 403 or 429 with <c>X-RateLimit-Remaining: 0</c> (GitHub
/// answers its primary rate limit with 403). The wait comes from <c>Retry-After</c> (seconds or a date), else from
/// <c>X-RateLimit-Reset</c> (Unix seconds).
/// </summary>
internal static class RateLimitSignals
{
    public static bool IsRateLimited(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        return status == 429 || (status == 403 && Header(response, "X-RateLimit-Remaining") == "0");
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            return Clamp(date - now);
        }

        if (Header(response, "X-RateLimit-Remaining") == "0"
            && long.TryParse(Header(response, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var resetSeconds)
            && resetSeconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return Clamp(DateTimeOffset.FromUnixTimeSeconds(resetSeconds) - now);
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait > TimeSpan.Zero ? wait : TimeSpan.Zero;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
