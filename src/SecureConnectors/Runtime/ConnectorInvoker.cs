using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

/// <summary>
/// The path every generated call takes, as named steps: snapshot (tenant, actor, limits), plan (scopes and fields),
/// address (https, declared or allowed host), credential, send and follow redirects (on a 401: a refreshed credential and
/// one more send), read, record (one audit event, one activity, the metrics). Generated clients hold one and describe
/// each call to it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class ConnectorInvoker
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private readonly ConnectorDefinition connector;
    private readonly HttpClient httpClient;
    private readonly ICredentialProvider credentials;
    private readonly IConnectorAuditSink? audit;
    private readonly ConnectorOptions options;
    private readonly IActorRoleProvider? roles;
#if NET
    private readonly IScopePolicy? scopePolicy;
#endif

    /// <summary>Creates the invoker of one client. Throws <see cref="ArgumentException"/> for options that cannot work.</summary>
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
        var problems = this.options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    /// <summary>Creates the invoker of one client whose operations and restricted fields are limited by the actor's roles.</summary>
    public ConnectorInvoker(
        ConnectorDefinition connector,
        HttpClient httpClient,
        ICredentialProvider credentials,
        IConnectorAuditSink? audit,
        ConnectorOptions? options,
        IActorRoleProvider? roles)
        : this(connector, httpClient, credentials, audit, options)
    {
        this.roles = roles;
    }

#if NET
    /// <summary>Creates the invoker of one client whose grant a policy narrows per tenant and whose calls the actor's roles limit.</summary>
    public ConnectorInvoker(
        ConnectorDefinition connector,
        HttpClient httpClient,
        ICredentialProvider credentials,
        IConnectorAuditSink? audit,
        ConnectorOptions? options,
        IScopePolicy? scopePolicy,
        IActorRoleProvider? roles)
        : this(connector, httpClient, credentials, audit, options, roles)
    {
        this.scopePolicy = scopePolicy;
    }

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

    /// <summary>
    /// Serializes a request body with the options' serializer settings (web defaults when none). Kept for clients generated
    /// by earlier versions; clients generated now write their bodies with generated code.
    /// </summary>
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
        SendAsync(operation, path, query, body, null, null, reader, cancellationToken);

    /// <summary>
    /// Sends a call whose body has <paramref name="bodyMediaType"/> (null: JSON) with per-call
    /// <paramref name="headers"/> (name, value pairs; a null value is left out), read with <paramref name="reader"/>.
    /// </summary>
    public Task<T> SendAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        ResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return CallAsync(
            operation, new OutgoingRequest(path, query, body, bodyMediaType, headers), (response, call, token) => ReadSuccessAsync(response, call, reader, token), cancellationToken);
    }

    /// <summary>Sends a call whose response body is not read.</summary>
    public Task SendAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        CancellationToken cancellationToken) =>
        SendAsync(operation, path, query, body, null, null, cancellationToken);

    /// <summary>
    /// Sends a call whose body has <paramref name="bodyMediaType"/> (null: JSON) with per-call
    /// <paramref name="headers"/> (name, value pairs; a null value is left out); the response body is not read.
    /// </summary>
    public Task SendAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        CancellationToken cancellationToken) =>
        CallAsync<object?>(operation, new OutgoingRequest(path, query, body, bodyMediaType, headers), ReadNothingAsync, cancellationToken);

    /// <summary>
    /// Sends a call whose response is read with <paramref name="reader"/>, or gives null when the provider answers 404
    /// (<c>Task&lt;T?&gt;</c>): a missing record is an answer, audited as succeeded with its status.
    /// </summary>
    public Task<T?> SendOrNullAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        ResponseReader<T> reader,
        CancellationToken cancellationToken)
        where T : class =>
        SendOrNullAsync(operation, path, query, body, null, null, reader, cancellationToken);

    /// <summary>As the overload without them, with a body media type (null: JSON) and per-call headers.</summary>
    public Task<T?> SendOrNullAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        ResponseReader<T> reader,
        CancellationToken cancellationToken)
        where T : class
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return CallAsync<T?>(
            operation,
            new OutgoingRequest(path, query, body, bodyMediaType, headers),
            async (response, call, token) => response.StatusCode == HttpStatusCode.NotFound
                ? null
                : await ReadSuccessAsync(response, call, reader, token).ConfigureAwait(false),
            cancellationToken);
    }

    /// <summary>
    /// Records a call refused while generated code built its request (a null, empty, '.' or '..' route value) as one
    /// audit event, and returns <paramref name="reason"/> for the caller to throw. Nothing was sent.
    /// </summary>
    public Exception Refuse(OperationDefinition operation, Exception reason)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        using var call = new CallRecord(connector, operation, CallSnapshot.Take(options, connector));
        call.Outcome = ConnectorCallOutcome.InvalidArgument;
        call.Failed(reason);
        call.Record(audit);
        return reason;
    }

    /// <summary>
    /// One call, from snapshot to record. <paramref name="handle"/> reads the response the redirects ended on; its last
    /// step may be <see cref="CallRecord.HandOver"/>, after which the response and the record (its one audit event) belong
    /// to what it returns.
    /// </summary>
    internal async Task<T> CallAsync<T>(
        OperationDefinition operation,
        OutgoingRequest request,
        Func<HttpResponseMessage, CallRecord, CancellationToken, Task<T>> handle,
        CancellationToken cancellationToken)
    {
        // Not 'using': a handle may hand the record and the response over to a stream that ends the call when disposed.
        var call = new CallRecord(connector, operation, CallSnapshot.Take(options, connector));
        HttpResponseMessage? response = null;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // A timer holds at most int.MaxValue ms (24.8 days) on every framework; CancelAfter throws past it, before the
        // call could be recorded. A deadline that far away is no deadline for a call.
        if (call.Snapshot.Timeout != Timeout.InfiniteTimeSpan && call.Snapshot.Timeout.TotalMilliseconds <= int.MaxValue)
        {
            deadline.CancelAfter(call.Snapshot.Timeout);
        }

        try
        {
            EnsureResidency(call);
            var withheld = await RoleGate.WithheldFieldsAsync(roles, operation, call.Snapshot, call.What, deadline.Token).ConfigureAwait(false);
            var baseAddress = BaseAddress(operation, call.Snapshot);
            RedirectingSender.EnsureReachable(baseAddress, call.Snapshot);
            call.Plan = await PlanAsync(operation, call.Snapshot, withheld, deadline.Token).ConfigureAwait(false);
            var address = request.Link is null ? ResolveAddress(baseAddress, request, call.Plan.Fields) : CheckLink(request.Link, request.LinkOrigin!, call);
            call.Address = address;
            response = await SendWithCredentialAsync(operation, request, address, call, deadline.Token).ConfigureAwait(false);
            call.Answered((int)response.StatusCode);
            var result = await handle(response, call, deadline.Token).ConfigureAwait(false);
            if (!call.HandedOver)
            {
                call.Outcome = ConnectorCallOutcome.Succeeded;
            }

            return result;
        }
        catch (Exception e)
        {
            var failure = CallFailure.ForCaller(e, call, cancellationToken, deadline.Token);
            call.Outcome = CallFailure.Outcome(failure);
            call.Failed(failure);
            if (ReferenceEquals(failure, e))
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            if (!call.HandedOver)
            {
                response?.Dispose();
                call.Record(audit);
                call.Dispose();
            }
        }
    }

    // A connector with regions calls the call's region only: no region, or an undeclared one, is refused before
    // anything else happens, with no fallback to another region.
    private void EnsureResidency(CallRecord call)
    {
        if (connector.Regions.Count == 0 || call.Snapshot.RegionEndpoint is not null)
        {
            return;
        }

        var region = call.Snapshot.Region;
        throw new ResidencyException(
            region is null
                ? $"{call.What}: the connector keeps data in declared regions and the call has none (ConnectorContext.Begin with a region, or ConnectorOptions.Region); nothing was sent."
                : $"{call.What}: the connector does not declare region '{region}'; nothing was sent.",
            region);
    }

    // Without a policy or withheld fields the plan depends only on the compile-time grant, so it is built once per operation.
    private ValueTask<CallPlan> PlanAsync(OperationDefinition operation, CallSnapshot snapshot, ulong withheld, CancellationToken cancellationToken)
    {
#if NET
        if (scopePolicy is not null)
        {
            return PlanWithPolicyAsync(scopePolicy, operation, snapshot, withheld, cancellationToken);
        }
#endif
        return new ValueTask<CallPlan>(withheld == 0
            ? operation.PlanWithoutPolicy ??= CallPlan.For(operation, connector.CoveredScopes)
            : CallPlan.For(operation, connector.CoveredScopes, withheld));
    }

#if NET
    // The effective grant: the compile-time grants the policy also allows. A policy narrows; it never adds a scope.
    private async ValueTask<CallPlan> PlanWithPolicyAsync(IScopePolicy policy, OperationDefinition operation, CallSnapshot snapshot, ulong withheld, CancellationToken cancellationToken)
    {
        IReadOnlySet<string>? allowed;
        try
        {
            allowed = await policy.GetGrantedScopesAsync(connector.Name, snapshot.Tenant, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ConnectorException($"{connector.Name}.{operation.Name}: the scope policy failed; nothing was sent.", null, e);
        }

        var effective = new List<string>();
        foreach (var granted in connector.GrantedScopes)
        {
            if (allowed is not null && allowed.Contains(granted))
            {
                effective.Add(granted);
            }
        }

        return CallPlan.For(operation, Scopes.ScopeCoverage.Closure(effective, connector.ScopeCoverage), withheld);
    }
#endif

    // A 401 from the origin the credential went to says the provider no longer takes it (revoked, rotated, expired
    // early): the call asks its credential provider once more, skipping any cache, and sends the request once more (the
    // request is rebuilt from the call's description, body included). A second 401 fails the call as any error status.
    private async Task<HttpResponseMessage> SendWithCredentialAsync(
        OperationDefinition operation, OutgoingRequest request, Uri address, CallRecord call, CancellationToken cancellationToken)
    {
        var credential = await ObtainCredentialAsync(call, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await RedirectingSender
            .SendAsync(httpClient, connector, operation, address, request.Body, request.Headers, request.BodyMediaType, credential, call, cancellationToken)
            .ConfigureAwait(false);
        if (!CredentialRefused(response, address))
        {
            return response;
        }

        response.Dispose();
        var refreshed = await ObtainCredentialAsync(call, forceRefresh: true, cancellationToken).ConfigureAwait(false);
        return await RedirectingSender
            .SendAsync(httpClient, connector, operation, address, request.Body, request.Headers, request.BodyMediaType, refreshed, call, cancellationToken)
            .ConfigureAwait(false);
    }

    // A 401 from another origin (after a redirect) is not about the credential, which never went there.
    private static bool CredentialRefused(HttpResponseMessage response, Uri address) =>
        response.StatusCode == HttpStatusCode.Unauthorized
        && RedirectingSender.IsSameOrigin(response.RequestMessage?.RequestUri ?? address, address);

    private async Task<ConnectorCredential> ObtainCredentialAsync(CallRecord call, bool forceRefresh, CancellationToken cancellationToken)
    {
        ConnectorCredential? credential;
        try
        {
            var request = new CredentialRequest(connector.Name, call.Plan!.Scopes, call.Snapshot.Tenant) { ForceRefresh = forceRefresh };
            credential = await credentials.GetCredentialAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ConnectorException)
        {
            throw new CredentialException($"The credential provider failed for connector '{connector.Name}'; nothing was sent.", e);
        }

        CredentialCheck.Validate(
            credential, connector.Name, DateTimeOffset.UtcNow, call.Snapshot.MaxCredentialLifetime, call.Snapshot.AllowNonExpiringCredentials);
        return credential!;
    }

    // A region's URL, else the operation's second host, used as declared. Otherwise the HttpClient's BaseAddress stands
    // in for the declared base URL, but only to a declared or allowed host: an app-wide default BaseAddress must not
    // receive this provider's credential.
    private Uri BaseAddress(OperationDefinition operation, CallSnapshot snapshot) =>
        snapshot.RegionEndpoint?.BaseUri ?? operation.BaseUri ?? httpClient.BaseAddress ?? connector.BaseUri
        ?? throw new ConnectorException($"Connector '{connector.Name}' has no base address: set BaseUrl or HttpClient.BaseAddress.");

    private Uri ResolveAddress(Uri baseUri, OutgoingRequest request, IReadOnlyList<string> fields)
    {
        var fullQuery = request.Query is null || request.Query.IsEmpty ? new QueryBuilder() : request.Query;
        AddFields(fullQuery, fields);
        var path = request.Path;
        var relative = fullQuery.IsEmpty ? path : path + (path.IndexOf('?') >= 0 ? "&" : "?") + fullQuery;
        return new Uri(EnsureTrailingSlash(baseUri), relative);
    }

    // The fields this call's plan reads, in the connector's fields parameter (when it declares one).
    private void AddFields(QueryBuilder query, IReadOnlyList<string> fields)
    {
        if (connector.FieldsParameter is not null && fields.Count > 0)
        {
            var escaped = new string[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                escaped[i] = Uri.EscapeDataString(fields[i]);
            }

            query.AddRaw(Uri.EscapeDataString(connector.FieldsParameter), string.Join(",", escaped));
        }
    }

    // "https://host/v2" + "employees" must give /v2/employees, not /employees.
    private static Uri EnsureTrailingSlash(Uri baseUri) =>
        baseUri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? baseUri : new Uri(baseUri.GetLeftPart(UriPartial.Path) + "/" + baseUri.Query);

    private Task<T> ReadSuccessAsync<T>(HttpResponseMessage response, CallRecord call, ResponseReader<T> reader, CancellationToken cancellationToken)
    {
        EnsureSuccess(response, call);
        call.Reading();
        return ResponseBody.ReadAsync(response.Content, call.Snapshot.MaxResponseBytes, reader, call.Plan!.FieldMask, call.What, cancellationToken, Inspection(response, call));
    }

    // Nothing to read, unless the provider may report an error inside a 2xx answer.
    private Task<object?> ReadNothingAsync(HttpResponseMessage response, CallRecord call, CancellationToken cancellationToken)
    {
        EnsureSuccess(response, call);
        return connector.ProviderErrors is null
            ? Task.FromResult<object?>(null)
            : ResponseBody.ReadAsync<object?>(response.Content, call.Snapshot.MaxResponseBytes, null, 0, call.What, cancellationToken, Inspection(response, call));
    }

    private BodyInspection? Inspection(HttpResponseMessage response, CallRecord call)
    {
        var check = connector.ProviderErrors;
        return check is null ? null : body => check.ThrowIfReported(body, response.StatusCode, call.What);
    }

    private static void EnsureSuccess(HttpResponseMessage response, CallRecord call)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        if (RateLimitSignals.IsRateLimited(response))
        {
            throw new RateLimitedException(
                $"{call.What}: the provider is rate limiting calls ({status}).", RateLimitSignals.RetryAfter(response, DateTimeOffset.UtcNow), response.StatusCode);
        }

        // The status only: reason phrases and bodies come from the provider and may quote the request.
        throw new ConnectorException($"{call.What}: the provider answered {status}.", response.StatusCode);
    }
}
