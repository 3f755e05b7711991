using System;
using System.Net;

namespace SecureConnectors;

/// <summary>
/// The provider is rate limiting calls: 429, or 403 with <c>X-RateLimit-Remaining: 0</c> (GitHub). <see cref="RetryAfter"/> says when
/// to try again, when the provider said (<c>Retry-After</c>, else <c>X-RateLimit-Reset</c>); <c>StatusCode</c> is the status it answered.
/// </summary>
public sealed class RateLimitedException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public RateLimitedException(string message, TimeSpan? retryAfter)
        : base(message, (HttpStatusCode)429)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception for a rate limit answered with another status than 429 (GitHub answers 403).</summary>
    public RateLimitedException(string message, TimeSpan? retryAfter, HttpStatusCode statusCode)
        : base(message, statusCode)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long to wait, from Retry-After in seconds or as an HTTP date; null when the provider did not say.</summary>
    public TimeSpan? RetryAfter { get; }
}
