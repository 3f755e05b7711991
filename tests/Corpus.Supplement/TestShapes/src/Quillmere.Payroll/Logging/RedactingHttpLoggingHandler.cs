using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TestShapes.Quillmere.Payroll.Logging;

/// <summary>Masks credentials before they reach a log: keeps the last four characters so support can tell keys apart.</summary>
public static class LogRedactor
{
    public static string Mask(string? secret) =>
        string.IsNullOrEmpty(secret) ? "" : secret.Length <= 8 ? "****" : "****" + secret[^4..];
}

public sealed class HttpLoggingRedactionOptions
{
    /// <summary>Partner onboarding only: logs request headers as they are sent. Off everywhere else.</summary>
    public bool LogUnredactedHeaders { get; set; }
}

/// <summary>Request logging for the outgoing clients; the unit tests assert what reaches the log.</summary>
public sealed class RedactingHttpLoggingHandler(ILogger<RedactingHttpLoggingHandler> logger, IOptions<HttpLoggingRedactionOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization;
        if (options.Value.LogUnredactedHeaders)
        {
            logger.LogTrace("{Method} {Uri} Authorization: {Authorization}", request.Method, request.RequestUri, authorization);  // expect: log
        }
        else
        {
            logger.LogDebug(
                "{Method} {Uri} Authorization: {Scheme} {Credential}",
                request.Method,
                request.RequestUri,
                authorization?.Scheme,  // expect: none
                LogRedactor.Mask(authorization?.Parameter));  // expect: none
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
