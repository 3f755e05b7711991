using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

/// <summary>
/// Sends a request and follows redirects itself, so that where the credential goes is decided here and not by the
/// handler: every hop must be https (or allowed loopback http) to a declared or allowed host; the credential goes
/// only to the origin of the first request; a hop to another origin is followed only by a GET or HEAD without a body;
/// a response that the handler reached by following a redirect on its own is refused unread.
/// </summary>
internal static class RedirectingSender
{
    private const int MaxRedirects = 5;

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient httpClient,
        ConnectorDefinition connector,
        OperationDefinition operation,
        Uri address,
        byte[]? body,
        IReadOnlyList<KeyValuePair<string, string>> perCallHeaders,
        string bodyMediaType,
        ConnectorCredential credential,
        CallRecord call,
        CancellationToken cancellationToken)
    {
        var credentialOrigin = address;
        var method = operation.Method;
        for (var hop = 0; ; hop++)
        {
            EnsureReachable(address, call.Snapshot);
            var withCredential = IsSameOrigin(address, credentialOrigin);
            HttpResponseMessage response;
            using (var request = BuildRequest(connector, operation, method, address, body, bodyMediaType, perCallHeaders, withCredential ? credential : null))
            {
                call.Sending(address, withCredential);
                response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }

            var reached = response.RequestMessage?.RequestUri;
            if (reached is not null && reached != address)
            {
                // The handler followed a redirect itself: whatever it sent there is out of our hands, but its answer
                // is not the provider's and must not be read as such.
                response.Dispose();
                throw new InsecureTransportException(reached, "the HttpClient's handler followed a redirect on its own. Build it with AllowAutoRedirect = false, or register the client with its AddXxx method.");
            }

            var location = response.Headers.Location;
            if (!IsRedirect(response.StatusCode) || location is null)
            {
                return response;
            }

            var status = response.StatusCode;
            response.Dispose();
            if (hop == MaxRedirects)
            {
                throw new ConnectorException($"{call.What}: the provider redirected more than {MaxRedirects} times.");
            }

            var next = location.IsAbsoluteUri ? location : new Uri(address, location);
            var changesMethod = status == HttpStatusCode.SeeOther
                || (method == HttpMethod.Post && status is HttpStatusCode.Moved or HttpStatusCode.Found);
            if (!IsSameOrigin(next, address) && (body is not null || !IsSafeMethod(operation.Method)))
            {
                // A body may hold personal data, and a write repeated elsewhere is a write we did not mean.
                throw new ConnectorException($"{call.What}: the provider redirected a {operation.Method.Method} to another origin; it was not followed.", status);
            }

            if (changesMethod)
            {
                method = HttpMethod.Get;
                body = null;
            }

            address = next;
        }
    }

    /// <summary>Https (or loopback http where allowed) to a declared or allowed host; throws before anything is sent otherwise.</summary>
    public static void EnsureReachable(Uri address, CallSnapshot snapshot)
    {
        TransportGuard.EnsureAllowed(address, snapshot.AllowLoopbackHttp);
        if (!snapshot.Hosts.Allows(address))
        {
            throw new InsecureTransportException(address, "the host is neither the connector's declared host nor in ConnectorOptions.AllowedHosts.");
        }
    }

    private static HttpRequestMessage BuildRequest(
        ConnectorDefinition connector,
        OperationDefinition operation,
        HttpMethod method,
        Uri address,
        byte[]? body,
        string bodyMediaType,
        IReadOnlyList<KeyValuePair<string, string>> perCallHeaders,
        ConnectorCredential? credential)
    {
        var request = new HttpRequestMessage(method, address);

        // Declared headers first: the credential header is set after them, so no declaration can replace it.
        RequestHeaders.Apply(request, operation.Headers, perCallHeaders);
        if (credential is not null)
        {
            if (connector.AuthHeader is null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue(credential.Scheme, credential.RevealHeaderValue());
            }
            else
            {
                request.Headers.TryAddWithoutValidation(connector.AuthHeader, credential.RevealHeaderValue());
            }
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            // Both the JSON and the form writers produce UTF-8.
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(bodyMediaType) { CharSet = "utf-8" };
        }

        return request;
    }

    // Scheme, host and port: a credential for api.example never goes to cdn.example or to another port.
    internal static bool IsSameOrigin(Uri address, Uri origin) =>
        string.Equals(address.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(address.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
        && address.Port == origin.Port;

    private static bool IsSafeMethod(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.Moved or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308;
}
