namespace SecureConnectors;

/// <summary>How a connector call ended, as its audit event records it.</summary>
public enum ConnectorCallOutcome
{
    /// <summary>The provider answered 2xx and the response was read.</summary>
    Succeeded = 0,

    /// <summary>Refused before sending: the scopes the call needs are not granted (to this tenant).</summary>
    Denied = 1,

    /// <summary>Refused before sending: the address is not https.</summary>
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
}
