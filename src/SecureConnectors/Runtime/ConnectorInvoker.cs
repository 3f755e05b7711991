using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

/// <summary>
/// The path every generated call takes: transport check, credential, request, redirects, status, bounded read,
/// one audit event and one activity. Generated clients hold one and describe each call to it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ConnectorInvoker
{
    private const int MaxRedirects = 5;
    private static readonly IReadOnlyList<string> NoFields = Array.Empty<string>();
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private readonly ConnectorDefinition connector;
    private readonly HttpClient httpClient;
    private readonly ICredentialProvider credentials;
    private readonly IConnectorAuditSink? audit;
    private readonly ConnectorOptions options;
#if NET
    private readonly IScopePolicy? scopePolicy;
#endif

    /// <summary>Creates the invoker of one client.</summary>
    public ConnectorInvoker(
        ConnectorDefinition connector,
        HttpClient httpClient,
        ICredentialProvider credentials,
        IConnectorAuditSink? audit,
        ConnectorOptions? options)
    {
        this.connector = connector ?? throw new ArgumentNullException(nameof(connector));
        this.httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        this.credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        this.audit = audit;
        this.options = options ?? new ConnectorOptions();
    }

#if NET
    /// <summary>Creates the invoker of one client whose grant a policy narrows per tenant.</summary>
    public ConnectorInvoker(
        ConnectorDefinition connector,
        HttpClient httpClient,
        ICredentialProvider credentials,
        IConnectorAuditSink? audit,
        ConnectorOptions? options,
        IScopePolicy? scopePolicy)
        : this(connector, httpClient, credentials, audit, options)
    {
        this.scopePolicy = scopePolicy;
    }
#endif

    /// <summary>Serializes a request body with the options' serializer settings (web defaults when none).</summary>
#if NET
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Request bodies are serialized with System.Text.Json; set ConnectorOptions.JsonSerializerOptions with a source-generated context for trimmed apps.")]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode("Request bodies are serialized with System.Text.Json; set ConnectorOptions.JsonSerializerOptions with a source-generated context for AOT apps.")]
#endif
    public byte[] SerializeBody<TBody>(TBody body) =>
        JsonSerializer.SerializeToUtf8Bytes(body, options.JsonSerializerOptions ?? WebJson);

    /// <summary>Sends a call whose response is read with <paramref name="reader"/>.</summary>
    public Task<T> SendAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        ResponseReader<T> reader,
        CancellationToken cancellationToken) =>
        SendCoreAsync(operation, path, query, body, reader ?? throw new ArgumentNullException(nameof(reader)), cancellationToken);

    /// <summary>Sends a call whose response body is not read.</summary>
    public Task SendAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        CancellationToken cancellationToken) =>
        SendCoreAsync<object?>(operation, path, query, body, reader: null, cancellationToken);

    private async Task<T> SendCoreAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        ResponseReader<T>? reader,
        CancellationToken cancellationToken)
    {
        var what = $"{connector.Name}.{operation.Name}";
        var started = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        using var activity = ConnectorTelemetry.Source.StartActivity(what, ActivityKind.Client);
        activity?.SetTag(ConnectorTelemetry.ConnectorTag, connector.Name);
        activity?.SetTag(ConnectorTelemetry.OperationTag, operation.Name);
        activity?.SetTag("http.request.method", operation.Method.Method);

        var outcome = ConnectorCallOutcome.Failed;
        int? status = null;
        CallPlan? plan = null;
        try
        {
            // Routes are relative and escaped, so the base address decides scheme and host of every request.
            var baseUri = BaseAddress();
            TransportGuard.EnsureAllowed(baseUri, options.AllowLoopbackHttp);
            plan = await PlanAsync(operation, cancellationToken).ConfigureAwait(false);
            var address = ResolveAddress(baseUri, path, query, plan.Fields);

            var credential = await credentials
                .GetCredentialAsync(new CredentialRequest(connector.Name, plan.Scopes, options.Tenant), cancellationToken)
                .ConfigureAwait(false);
            CredentialCheck.Validate(credential, connector.Name, DateTimeOffset.UtcNow, options.MaxCredentialLifetime);

            using var response = await SendFollowingRedirectsAsync(operation, address, body, credential, what, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            ThrowOnFailureStatus(response, what);

            var result = reader is null
                ? default!
                : await ResponseBody.ReadAsync(response.Content, options.MaxResponseBytes, reader, plan.FieldMask, what, cancellationToken).ConfigureAwait(false);
            outcome = ConnectorCallOutcome.Succeeded;
            return result;
        }
        catch (Exception e)
        {
            outcome = Classify(e, cancellationToken);
            activity?.SetStatus(ActivityStatusCode.Error);
            if (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new ConnectorException($"{what}: the provider could not be reached or did not answer in time.", null, e);
            }

            throw;
        }
        finally
        {
            activity?.SetTag(ConnectorTelemetry.OutcomeTag, outcome.ToString());
            audit?.Record(new ConnectorAuditEvent(
                started,
                connector.Name,
                operation.Name,
                operation.Method.Method,
                operation.Route,
                plan?.Scopes ?? operation.RequiredScopes,
                outcome == ConnectorCallOutcome.Succeeded && plan is not null ? plan.Fields : NoFields,
                options.Tenant,
                options.Actor,
                status,
                stopwatch.Elapsed,
                outcome));
        }
    }

    // Without a policy the plan depends only on the compile-time grant, so it is built once per operation.
    private ValueTask<CallPlan> PlanAsync(OperationDefinition operation, CancellationToken cancellationToken)
    {
#if NET
        if (scopePolicy is not null)
        {
            return PlanWithPolicyAsync(scopePolicy, operation, cancellationToken);
        }
#endif
        return new ValueTask<CallPlan>(operation.PlanWithoutPolicy ??= CallPlan.For(operation, connector.CoveredScopes));
    }

#if NET
    // The effective grant: the compile-time grants the policy also allows. A policy narrows; it never adds a scope.
    private async ValueTask<CallPlan> PlanWithPolicyAsync(IScopePolicy policy, OperationDefinition operation, CancellationToken cancellationToken)
    {
        var allowed = await policy.GetGrantedScopesAsync(connector.Name, options.Tenant, cancellationToken).ConfigureAwait(false);
        var effective = new List<string>();
        foreach (var granted in connector.GrantedScopes)
        {
            if (allowed is not null && allowed.Contains(granted))
            {
                effective.Add(granted);
            }
        }

        return CallPlan.For(operation, Scopes.ScopeCoverage.Closure(effective, connector.ScopeCoverage));
    }
#endif

    private Uri BaseAddress() =>
        httpClient.BaseAddress ?? connector.BaseUri
        ?? throw new ConnectorException($"Connector '{connector.Name}' has no base address: set BaseUrl or HttpClient.BaseAddress.");

    private Uri ResolveAddress(Uri baseUri, string path, QueryBuilder? query, IReadOnlyList<string> fields)
    {
        var fullQuery = query is null || query.IsEmpty ? new QueryBuilder() : query;
        if (connector.FieldsParameter is not null && fields.Count > 0)
        {
            var escaped = new string[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                escaped[i] = Uri.EscapeDataString(fields[i]);
            }

            fullQuery.AddRaw(Uri.EscapeDataString(connector.FieldsParameter), string.Join(",", escaped));
        }

        var relative = fullQuery.IsEmpty ? path : path + (path.IndexOf('?') >= 0 ? "&" : "?") + fullQuery;
        return new Uri(EnsureTrailingSlash(baseUri), relative);
    }

    // "https://host/v2" + "employees" must give /v2/employees, not /employees.
    private static Uri EnsureTrailingSlash(Uri baseUri) =>
        baseUri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? baseUri : new Uri(baseUri.GetLeftPart(UriPartial.Path) + "/" + baseUri.Query);

    private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(
        OperationDefinition operation,
        Uri address,
        byte[]? body,
        ConnectorCredential credential,
        string what,
        CancellationToken cancellationToken)
    {
        var origin = address;
        var method = operation.Method;
        for (var hop = 0; ; hop++)
        {
            TransportGuard.EnsureAllowed(address, options.AllowLoopbackHttp);
            using var request = new HttpRequestMessage(method, address);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (IsSameOrigin(address, origin))
            {
                AddCredential(request, credential);
            }

            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var location = response.Headers.Location;
            if (!IsRedirect(response.StatusCode) || location is null)
            {
                return response;
            }

            response.Dispose();
            if (hop == MaxRedirects)
            {
                throw new ConnectorException($"{what}: the provider redirected more than {MaxRedirects} times.");
            }

            address = location.IsAbsoluteUri ? location : new Uri(address, location);
            if (response.StatusCode == HttpStatusCode.SeeOther
                || (method == HttpMethod.Post && response.StatusCode is HttpStatusCode.Moved or HttpStatusCode.Found))
            {
                method = HttpMethod.Get;
                body = null;
            }
        }
    }

    private void AddCredential(HttpRequestMessage request, ConnectorCredential credential)
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

    // Scheme, host and port: a credential for api.example never goes to cdn.example or to another port.
    private static bool IsSameOrigin(Uri address, Uri origin) =>
        string.Equals(address.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(address.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
        && address.Port == origin.Port;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.Moved or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308;

    private static void ThrowOnFailureStatus(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        if (status == 429)
        {
            throw new RateLimitedException($"{what}: the provider is rate limiting calls (429).", RetryAfter(response));
        }

        // The status only: reason phrases and bodies come from the provider and may quote the request.
        throw new ConnectorException($"{what}: the provider answered {status}.", response.StatusCode);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static ConnectorCallOutcome Classify(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => ConnectorCallOutcome.Cancelled,
        InsecureTransportException => ConnectorCallOutcome.InsecureTransport,
        CredentialException => ConnectorCallOutcome.CredentialRejected,
        ScopeDeniedException => ConnectorCallOutcome.Denied,
        RateLimitedException => ConnectorCallOutcome.RateLimited,
        ConnectorException { StatusCode: not null } => ConnectorCallOutcome.HttpError,
        InvalidResponseException => ConnectorCallOutcome.InvalidResponse,
        _ => ConnectorCallOutcome.Failed,
    };
}
