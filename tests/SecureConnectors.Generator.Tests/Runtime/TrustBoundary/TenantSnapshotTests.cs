using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>One tenant per call: the policy, the credential request, the fields asked and the audit event agree.</summary>
public sealed class TenantSnapshotTests
{
    [Fact]
    public async Task Two_tenants_interleaved_on_one_client_never_mix_even_when_the_shared_options_change_mid_call()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1","displayName":"Ada","email":"ada@test.example"}"""));
        var policy = new SlowPolicy();
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
        var options = new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = "options-tenant" };
        var client = new TestHrisClient(Clients.Http(new Uri(server.Root, "v1/")), credentials, audit, options, policy);

        async Task<EmployeeView> CallAs(string tenant, string actor)
        {
            using (ConnectorContext.Begin(tenant, actor))
            {
                return await client.GetEmployeeAsync("e-1");
            }
        }

        var calls = new List<Task<EmployeeView>>();
        for (var i = 0; i < 10; i++)
        {
            calls.Add(CallAs("full", "alice"));
            calls.Add(CallAs("ids-only", "bob"));
        }

        // While the policies await, something else rewrites the shared options.
        await policy.Waiting.Task;
        options.Tenant = "someone-else";
        policy.Release.SetResult();
        await Task.WhenAll(calls);

        Assert.All(calls.Where((_, i) => i % 2 == 0), c => Assert.Equal("Ada", c.Result.DisplayName));
        Assert.All(calls.Where((_, i) => i % 2 == 1), c => Assert.Equal("", c.Result.DisplayName));
        Assert.Equal(20, audit.Events.Count);
        Assert.All(audit.Events, e => Assert.Equal(e.Tenant == "full" ? "alice" : "bob", e.Actor));
        Assert.All(audit.Events.Where(e => e.Tenant == "ids-only"), e => Assert.Equal(["id", "active"], e.FieldsRead));
        Assert.All(audit.Events.Where(e => e.Tenant == "full"), e => Assert.Contains("email", e.FieldsRead));
        Assert.Equal(10, audit.Events.Count(e => e.Tenant == "full"));
        Assert.All(credentials.Requests, r => Assert.True(r.Tenant is "full" or "ids-only"));
        Assert.All(credentials.Requests.Where(r => r.Tenant == "ids-only"), r => Assert.Empty(r.Scopes));
        Assert.All(server.Requests, r => Assert.True(
            r.PathAndQuery.EndsWith("fields=id,active", StringComparison.Ordinal)
            || r.PathAndQuery.EndsWith("fields=id,displayName,email,level,active", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_context_wins_over_the_options_and_ends_when_disposed()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var audit = new RecordingAuditSink();
        var client = Clients.Hris(server, new TestCredentials(), audit);

        using (ConnectorContext.Begin("tenant-x", null))
        {
            using (ConnectorContext.Begin(null, "carol"))
            {
                await client.GetEmployeeAsync("e-1");
            }

            await client.GetEmployeeAsync("e-1");
        }

        await client.GetEmployeeAsync("e-1");

        Assert.Equal(
            new (string?, string?)[] { ("tenant-x", "carol"), ("tenant-x", "payroll-sync"), ("tenant-a", "payroll-sync") },
            audit.Events.Select(e => (e.Tenant, e.Actor)));
    }

    /// <summary>Grants by tenant, after an await that holds every call until the test lets them go.</summary>
    private sealed class SlowPolicy : IScopePolicy
    {
        private int waiting;

        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref waiting) == 20)
            {
                Waiting.SetResult();
            }

            await Release.Task;
            return tenant == "full" ? new HashSet<string> { "employees:read" } : new HashSet<string>();
        }
    }
}
