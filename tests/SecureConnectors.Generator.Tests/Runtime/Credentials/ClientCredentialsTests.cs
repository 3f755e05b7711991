using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using SecureConnectors.Generator.Tests.Connectors.LeastPrivilege;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Credentials;

/// <summary>A generated client with <see cref="ClientCredentialsProvider"/>: tokens narrowed to each call, cached, refreshed, shared.</summary>
public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task Each_call_asks_for_a_token_with_only_the_scopes_it_needs()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var client = endpoint.Client(endpoint.Provider());

        await client.GetPersonAsync("p-1");
        await client.GetPayslipAsync("s-1");

        Assert.Equal(new[] { "people:read", "payroll:read" }, endpoint.Forms.Select(f => f["scope"]));
        Assert.All(endpoint.Forms, f => Assert.Equal("client_credentials", f["grant_type"]));
        Assert.Equal(new[] { "Bearer " + TokenEndpoint.Issued(1), "Bearer " + TokenEndpoint.Issued(2) }, endpoint.TokensSentToApi);
    }

    [Fact]
    public async Task A_second_call_with_the_same_scopes_uses_the_cached_token()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var client = endpoint.Client(endpoint.Provider());

        await client.GetPersonAsync("p-1");
        await client.GetPersonAsync("p-2");

        Assert.Single(endpoint.Server.Requests);
        Assert.Equal(new[] { "Bearer " + TokenEndpoint.Issued(1), "Bearer " + TokenEndpoint.Issued(1) }, endpoint.TokensSentToApi);
    }

    [Fact]
    public async Task Another_tenant_gets_its_own_token_for_the_same_scopes()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var client = endpoint.Client(endpoint.Provider());

        await client.GetPersonAsync("p-1");
        using (ConnectorContext.Begin(tenant: "tenant-b", actor: null))
        {
            await client.GetPersonAsync("p-1");
        }

        await client.GetPersonAsync("p-1");

        Assert.Equal(2, endpoint.Server.Requests.Count);
        Assert.Equal(new[] { 1, 2, 1 }, endpoint.TokensSentToApi.Select(t => int.Parse(t.Split('-').Last())));
    }

    [Fact]
    public async Task A_token_is_refreshed_60_seconds_before_it_expires()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.ExpiresIn = 120;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = endpoint.Client(endpoint.Provider(time));

        await client.GetPersonAsync("p-1");
        time.Advance(TimeSpan.FromSeconds(59));
        await client.GetPersonAsync("p-1");
        Assert.Single(endpoint.Server.Requests);

        time.Advance(TimeSpan.FromSeconds(2));
        await client.GetPersonAsync("p-1");

        Assert.Equal(2, endpoint.Server.Requests.Count);
        Assert.Equal("Bearer " + TokenEndpoint.Issued(2), endpoint.TokensSentToApi.Last());
    }

    [Fact]
    public async Task A_token_whose_answer_states_no_lifetime_is_taken_to_live_five_minutes()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.ExpiresIn = null;
        var start = DateTimeOffset.UtcNow;
        var time = new FakeTimeProvider(start);
        var provider = endpoint.Provider(time);
        var request = new CredentialRequest("test-oauth-hris", new[] { "people:read" }, "tenant-a");

        var first = await provider.GetCredentialAsync(request, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(239));
        var cached = await provider.GetCredentialAsync(request, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));
        var renewed = await provider.GetCredentialAsync(request, CancellationToken.None);

        Assert.Equal(start.AddMinutes(5), first.ExpiresAt);
        Assert.Same(first, cached);
        Assert.NotSame(first, renewed);
        Assert.Equal(2, endpoint.Server.Requests.Count);
    }

    [Fact]
    public async Task Fifty_concurrent_calls_share_one_token_request()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var asking = new CountingProvider(endpoint.Provider());
        var allWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        asking.OnRequest = count =>
        {
            if (count == 50)
            {
                allWaiting.TrySetResult();
            }
        };

        // The token answer is held until all 50 calls have asked for a credential: each of them waits on the same request.
        endpoint.BeforeAnswer = () => allWaiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var client = endpoint.Client(asking);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => client.GetPersonAsync("p-" + i))));

        Assert.Single(endpoint.Server.Requests);
        Assert.Equal(50, endpoint.Api.Requests.Count);
        Assert.All(endpoint.TokensSentToApi, t => Assert.Equal("Bearer " + TokenEndpoint.Issued(1), t));
    }

    [Fact]
    public async Task A_failed_token_request_is_not_cached()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var issue = endpoint.Server.Respond;
        endpoint.Server.Respond = c => LocalProvider.Json(c, """{"error":"temporarily_unavailable"}""", 503);
        var client = endpoint.Client(endpoint.Provider());

        await Assert.ThrowsAsync<CredentialException>(() => client.GetPersonAsync("p-1"));
        endpoint.Server.Respond = issue;
        await client.GetPersonAsync("p-1");

        Assert.Equal(2, endpoint.Server.Requests.Count);
        Assert.Single(endpoint.Api.Requests);
    }

    [Fact]
    public async Task An_invalid_client_answer_fails_the_call_before_anything_reaches_the_api()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        // The description echoes the secret, as a careless server might: the message must not carry it on.
        endpoint.Server.Respond = c => LocalProvider.Json(c, "{\"error\":\"invalid_client\",\"error_description\":\"secret " + TokenEndpoint.SecretValue + " unknown\"}", 401);
        var audit = new RecordingAuditSink();

        var failure = await Assert.ThrowsAsync<CredentialException>(() => endpoint.Client(endpoint.Provider(), audit).GetPersonAsync("p-1"));

        Assert.Contains("invalid_client", failure.Message, StringComparison.Ordinal);
        Assert.Contains("401", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenEndpoint.SecretValue, failure.ToString(), StringComparison.Ordinal);
        Assert.Empty(endpoint.Api.Requests);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.CredentialRejected, auditEvent.Outcome);
        Assert.Empty(auditEvent.ScopesUsed);
    }

    [Fact]
    public async Task A_token_that_outlives_the_clients_credential_limit_is_refused_by_the_client()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.ExpiresIn = 86400;

        var failure = await Assert.ThrowsAsync<CredentialException>(() => endpoint.Client(endpoint.Provider()).GetPersonAsync("p-1"));

        Assert.Contains("MaxCredentialLifetime", failure.Message, StringComparison.Ordinal);
        Assert.Empty(endpoint.Api.Requests);
    }

    [Fact]
    public async Task A_401_from_the_api_gets_exactly_one_new_token_and_one_more_send()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var api = endpoint.Api.Respond;

        // The first token is revoked at the API, though the token endpoint still thinks it valid.
        endpoint.Api.Respond = c => c.Request.Headers.Authorization == "Bearer " + TokenEndpoint.Issued(1)
            ? LocalProvider.Json(c, """{"error":"revoked"}""", 401)
            : api(c);
        var audit = new RecordingAuditSink();
        var client = endpoint.Client(endpoint.Provider(), audit);

        var person = await client.GetPersonAsync("p-1");
        await client.GetPersonAsync("p-2");

        Assert.Equal("Ada Example", person.Name);
        Assert.Equal(2, endpoint.Server.Requests.Count);
        Assert.Equal(
            new[] { "Bearer " + TokenEndpoint.Issued(1), "Bearer " + TokenEndpoint.Issued(2), "Bearer " + TokenEndpoint.Issued(2) },
            endpoint.TokensSentToApi);
        Assert.Equal(new[] { ConnectorCallOutcome.Succeeded, ConnectorCallOutcome.Succeeded }, audit.Events.Select(e => e.Outcome));
    }

    /// <summary>Counts the credential requests that reach the provider, then passes them on.</summary>
    private sealed class CountingProvider(ICredentialProvider inner) : ICredentialProvider
    {
        private int count;

        public Action<int> OnRequest { get; set; } = _ => { };

        public ConcurrentQueue<CredentialRequest> Requests { get; } = new();

        public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request);
            var result = inner.GetCredentialAsync(request, cancellationToken);
            OnRequest(Interlocked.Increment(ref count));
            return result;
        }
    }
}
