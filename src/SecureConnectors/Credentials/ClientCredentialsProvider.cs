using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Credentials;

namespace SecureConnectors;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 section 4.4) with least privilege: each token is requested with exactly the
/// scopes the call needs (the <see cref="CredentialRequest"/>'s, not the client's whole grant) and cached per tenant,
/// connector and scope set until 60 seconds before it expires (a token whose answer states no lifetime is taken to live
/// 5 minutes). One request per key is in flight at a time: concurrent calls wait for it and share its token; a failed
/// request is not cached. <see cref="CredentialRequest.ForceRefresh"/> skips the cache and replaces the entry.
/// </summary>
/// <remarks>
/// Token endpoint errors (<c>invalid_client</c>, any non-2xx, malformed JSON, no <c>access_token</c>, a
/// <c>token_type</c> other than Bearer, a redirect) are <see cref="CredentialException"/>s whose messages never hold the
/// secret or a token. Give it an <see cref="HttpClient"/> whose handler does not follow redirects
/// (<c>AllowAutoRedirect = false</c>; <c>AddClientCredentials</c> does): an answer reached through a redirect the
/// handler followed itself is refused with <see cref="InsecureTransportException"/>.
/// </remarks>
public sealed class ClientCredentialsProvider : ICredentialProvider
{
    private static readonly TimeSpan LifetimeWhenUnstated = TimeSpan.FromMinutes(5);

    // The shared request must not end with the first waiter's cancellation, so it has its own bound.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    private readonly Func<HttpClient> httpClients;
    private readonly TimeProvider time;
    private readonly Uri endpoint;
    private readonly string clientId;
    private readonly SecretString clientSecret;
    private readonly string? audience;
    private readonly string scopeSeparator;
    private readonly bool credentialsInBody;

    private readonly TokenCache tokens;

    // Made once: a cached lookup allocates no delegate.
    private readonly Func<string[], Task<ConnectorCredential>> fetch;

    /// <summary>
    /// Creates the provider. Throws <see cref="InsecureTransportException"/> for a plain http token endpoint (other than
    /// loopback with <see cref="ClientCredentialsOptions.AllowLoopbackHttp"/>) and <see cref="ArgumentException"/> for
    /// other unusable options, before any request.
    /// </summary>
    /// <param name="httpClient">Sends the token requests; build its handler with <c>AllowAutoRedirect = false</c>.</param>
    /// <param name="options">The token endpoint and the client's identity; copied here.</param>
    /// <param name="timeProvider">The clock that decides when a cached token is too old; the system clock when null.</param>
    public ClientCredentialsProvider(HttpClient httpClient, ClientCredentialsOptions options, TimeProvider? timeProvider = null)
        : this(SingleClient(httpClient), options, timeProvider)
    {
    }

    /// <summary>For the container: a client from IHttpClientFactory per token request, so its handler rotates.</summary>
    internal ClientCredentialsProvider(Func<HttpClient> httpClients, ClientCredentialsOptions options, TimeProvider? timeProvider)
    {
        this.httpClients = httpClients ?? throw new ArgumentNullException(nameof(httpClients));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        // The transport is refused as such, whatever else is wrong: the secret would travel in clear.
        if (options.TokenEndpoint is { IsAbsoluteUri: true } address && !TransportGuard.IsAllowed(address, options.AllowLoopbackHttp))
        {
            throw new InsecureTransportException(address);
        }

        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        time = timeProvider ?? TimeProvider.System;
        tokens = new TokenCache(time);
        fetch = FetchAsync;
        endpoint = options.TokenEndpoint;
        clientId = options.ClientId;
        clientSecret = options.ClientSecret;
        audience = options.Audience;
        scopeSeparator = options.ScopeSeparator;
        credentialsInBody = options.SendClientCredentialsInBody;
    }

    /// <inheritdoc />
    public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var scopes = ScopeSet(request);
        return tokens.GetAsync((request.Tenant, request.Connector, string.Join("\n", scopes)), request.ForceRefresh, fetch, scopes, cancellationToken);
    }

    private async Task<ConnectorCredential> FetchAsync(string[] scopes)
    {
        try
        {
            var requested = time.GetUtcNow();
            var token = await RequestTokenAsync(scopes).ConfigureAwait(false);
            return ConnectorCredential.Bearer(token.AccessToken, requested + (token.Lifetime ?? LifetimeWhenUnstated));
        }
        catch (Exception e)
        {
            throw ForCaller(e);
        }
    }

    private async Task<IssuedToken> RequestTokenAsync(IReadOnlyList<string> scopes)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        using var message = TokenEndpointRequest.Build(endpoint, clientId, clientSecret, audience, scopes, scopeSeparator, credentialsInBody);
        using var response = await httpClients().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        var reached = response.RequestMessage?.RequestUri;
        if (reached is not null && reached != endpoint)
        {
            throw new InsecureTransportException(
                reached, "the HttpClient's handler followed a redirect from the token endpoint on its own. Build it with AllowAutoRedirect = false, or use AddClientCredentials.");
        }

        if (IsRedirect(response.StatusCode))
        {
            // Following it would send the client's credentials to wherever the answer points.
            throw new CredentialException($"The token endpoint redirected (HTTP {(int)response.StatusCode}); it was not followed.");
        }

        return await TokenEndpointResponse.ReadAsync(response, timeout.Token).ConfigureAwait(false);
    }

    // Sorted and distinct, so that the same needs share one token whatever order the plan listed them in. A scope that
    // would read as two on the wire (it holds the separator or white space) is refused: it could widen the token.
    private string[] ScopeSet(CredentialRequest request)
    {
        var scopes = new string[request.Scopes.Count];
        for (var i = 0; i < scopes.Length; i++)
        {
            var scope = request.Scopes[i];
            if (string.IsNullOrEmpty(scope) || scope.IndexOf(scopeSeparator, StringComparison.Ordinal) >= 0 || HasWhiteSpaceOrControl(scope))
            {
                throw new CredentialException($"A scope of connector '{request.Connector}' is empty or holds white space or the scope separator; no token was requested.");
            }

            scopes[i] = scope;
        }

        Array.Sort(scopes, StringComparer.Ordinal);
        var distinct = 0;
        foreach (var scope in scopes)
        {
            if (distinct == 0 || !string.Equals(scopes[distinct - 1], scope, StringComparison.Ordinal))
            {
                scopes[distinct++] = scope;
            }
        }

        if (distinct < scopes.Length)
        {
            Array.Resize(ref scopes, distinct);
        }

        return scopes;
    }

    private static bool HasWhiteSpaceOrControl(string scope)
    {
        foreach (var c in scope)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Exception ForCaller(Exception exception) => exception switch
    {
        ConnectorException => exception,
        OperationCanceledException => new CredentialException("The token endpoint did not answer in time.", exception),
        HttpRequestException => new CredentialException("The token endpoint could not be reached.", exception),
        _ => new CredentialException($"The token request failed ({exception.GetType().Name}).", exception),
    };

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    private static Func<HttpClient> SingleClient(HttpClient httpClient)
    {
        if (httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient));
        }

        return () => httpClient;
    }
}
