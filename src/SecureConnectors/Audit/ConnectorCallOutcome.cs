namespace SecureConnectors;

/// <summary>How a connector call ended, as its audit event records it.</summary>
public enum ConnectorCallOutcome
{
    /// <summary>The provider answered 2xx and the response was read.</summary>
    Succeeded = 0,

    /// <summary>Refused before sending: the scopes the call needs are not granted (to this tenant).</summary>
    Denied = 1,

    /// <summary>Refused: the address is not https, not a declared or allowed host, or a handler followed a redirect on its own.</summary>
    InsecureTransport = 2,

    /// <summary>Refused before sending: the credential is missing, expired or lives too long.</summary>
    CredentialRejected = 3,

    /// <summary>The provider answered 429.</summary>
    RateLimited = 4,

    /// <summary>The provider answered with another non-success status.</summary>
    HttpError = 5,

    /// <summary>The response was malformed, of the wrong shape, or too large.</summary>
    InvalidResponse = 6,

    /// <summary>The provider could not be reached, or another failure.</summary>
    Failed = 7,

    /// <summary>The caller cancelled the call.</summary>
    Cancelled = 8,

    /// <summary>The call did not finish within <see cref="ConnectorOptions.Timeout"/>.</summary>
    TimedOut = 9,

    /// <summary>Refused before sending: an argument would have changed which resource the route names (a null, empty, '.' or '..' route value).</summary>
    InvalidArgument = 10,
}
