using System;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace SecureConnectors.Runtime;

/// <summary>
/// The one rule for errors at the edge of a call: the caller sees a <see cref="ConnectorException"/> (the original
/// kept as its inner exception), or an <see cref="OperationCanceledException"/> for its own token; the audit event
/// gets the matching outcome.
/// </summary>
internal static class CallFailure
{
    /// <summary>The exception the caller sees for <paramref name="exception"/>.</summary>
    public static Exception ForCaller(Exception exception, CallRecord call, CancellationToken callerToken, CancellationToken deadlineToken)
    {
        switch (exception)
        {
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return exception;
            case ConnectorException:
                return exception;
            case OperationCanceledException when deadlineToken.IsCancellationRequested:
                return new ConnectorTimeoutException($"{call.What}: the call did not finish within {call.Snapshot.Timeout}.", call.Snapshot.Timeout, exception);
            case OperationCanceledException:
                // HttpClient.Timeout, or a handler that gave up: the provider did not answer in time.
                return new ConnectorTimeoutException($"{call.What}: the provider did not answer in time (HttpClient.Timeout).", call.Snapshot.Timeout, exception);
            case HttpRequestException:
                return new ConnectorException($"{call.What}: the provider could not be reached.", null, exception);
            case IOException:
                return new ConnectorException($"{call.What}: the connection failed while the response was read.", null, exception);
            default:
                return new ConnectorException($"{call.What}: the call failed ({exception.GetType().Name}).", null, exception);
        }
    }

    /// <summary>How a call that ended with <paramref name="exception"/> (as the caller sees it) is audited.</summary>
    public static ConnectorCallOutcome Outcome(Exception exception) => exception switch
    {
        OperationCanceledException => ConnectorCallOutcome.Cancelled,
        ConnectorTimeoutException => ConnectorCallOutcome.TimedOut,
        InsecureTransportException => ConnectorCallOutcome.InsecureTransport,
        CredentialException => ConnectorCallOutcome.CredentialRejected,
        ScopeDeniedException => ConnectorCallOutcome.Denied,
        AccessDeniedException => ConnectorCallOutcome.Denied,
        ResidencyException => ConnectorCallOutcome.Denied,
        RateLimitedException => ConnectorCallOutcome.RateLimited,
        InvalidResponseException => ConnectorCallOutcome.InvalidResponse,
        ProviderErrorException => ConnectorCallOutcome.Failed,
        ConnectorException { StatusCode: not null } => ConnectorCallOutcome.HttpError,
        _ => ConnectorCallOutcome.Failed,
    };
}
