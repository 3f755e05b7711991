using System;
using System.Net;

namespace SecureConnectors;

/// <summary>The provider answered 429 Too Many Requests; <see cref="RetryAfter"/> says when to try again, when it said.</summary>
public sealed class RateLimitedException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public RateLimitedException(string message, TimeSpan? retryAfter)
        : base(message, (HttpStatusCode)429)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long to wait, from Retry-After in seconds or as an HTTP date; null when the provider did not say.</summary>
    public TimeSpan? RetryAfter { get; }
}
