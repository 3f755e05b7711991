using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using SecureConnectors.Scopes;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Per-tenant narrowing: the effective grant is the compile-time grant that the policy also allows.</summary>
public sealed class ScopePolicyTests
{
    private const string FullEmployee = """{"id":"e-1","displayName":"Ada Example","email":"ada@example.test","level":3,"active":true,"ssn":"000-00-0000"}""";

    private static readonly TenantScopes Policy = new(new Dictionary<string, string[]>
    {
        ["everything"] = new[] { "employees:read", "notes:write", "employees:write" },
        ["ids-only"] = new[] { "notes:write" },
        ["read-only"] = new[] { "employees:read" },
        ["writer"] = new[] { "employees:write" },
        ["greedy"] = new[] { "employees:read", "employees.ssn:read", "compensation:read", "*" },
    });

    private static TestHrisClient Client(LocalProvider server, string tenant, TestCredentials credentials, RecordingAuditSink audit) =>
        new(Clients.Http(new Uri(server.Root, "v1/")), credentials, audit,
            new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = tenant }, Policy);

    [Fact]
    public async Task A_tenant_with_every_scope_reads_every_projected_field()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var audit = new RecordingAuditSink();

        var employee = await Client(server, "everything", new TestCredentials(), audit).GetEmployeeAsync("e-1");

        Assert.Equal(new EmployeeView("e-1", "Ada Example", "ada@example.test", 3, true), employee);
        Assert.Equal(new[] { "id", "displayName", "email", "level", "active" }, audit.Events.Single().FieldsRead);
    }

    [Fact]
    public async Task A_field_whose_scope_the_tenant_lacks_is_neither_requested_nor_read()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();

        var employee = await Client(server, "ids-only", credentials, audit).GetEmployeeAsync("e-1");

        Assert.Equal(new EmployeeView("e-1", "", null, 0, true), employee);
        Assert.Equal("/v1/employees/e-1?fields=id,active", Assert.Single(server.Requests).PathAndQuery);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(new[] { "id", "active" }, auditEvent.FieldsRead);
        Assert.Empty(auditEvent.ScopesUsed);
        Assert.Empty(Assert.Single(credentials.Requests).Scopes);
    }

    [Fact]
    public async Task A_list_is_narrowed_the_same_way()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "[" + FullEmployee + "," + FullEmployee + "]"));

        var employees = await Client(server, "ids-only", new TestCredentials(), new RecordingAuditSink()).ListEmployeesAsync();

        Assert.All(employees, e => Assert.Equal(new EmployeeView("e-1", "", null, 0, true), e));
    }

    [Fact]
    public async Task An_operation_whose_declared_scope_the_tenant_lacks_is_denied_before_anything_is_sent()
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();

        var denied = await Assert.ThrowsAsync<ScopeDeniedException>(() =>
            Client(server, "read-only", credentials, audit).AddNoteAsync("e-1", new NoteRequest { Text = "x" }));

        Assert.Equal(new[] { "notes:write" }, denied.MissingScopes);
        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.Denied, auditEvent.Outcome);
        Assert.Equal("read-only", auditEvent.Tenant);
        Assert.Empty(auditEvent.FieldsRead);
    }

    [Fact]
    public async Task An_unknown_tenant_gets_nothing_and_a_read_of_only_scoped_fields_is_denied()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":7,"title":"t"}"""));
        var credentials = new TestCredentials { Next = _ => ConnectorCredential.ApiKey(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(5)) };
        var client = new TestTicketsClient(Clients.Http(server.Root), credentials, null,
            new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = "nobody" }, Policy);

        var ticket = await client.GetTicketAsync(7);

        // "id" needs no scope, so the call goes ahead with it alone; "title" is neither asked for nor kept.
        Assert.Equal((7L, ""), (ticket.Id, ticket.Title));
    }

    [Fact]
    public async Task A_write_grant_covers_the_read_of_its_resource()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var audit = new RecordingAuditSink();

        var employee = await Client(server, "writer", new TestCredentials(), audit).GetEmployeeAsync("e-1");
        await Client(server, "writer", new TestCredentials(), audit).DeleteEmployeeAsync(Guid.Empty);

        Assert.Equal("Ada Example", employee.DisplayName);
        Assert.Equal(new[] { "employees:read" }, audit.Events[0].ScopesUsed);
        Assert.Equal(new[] { "employees:write" }, audit.Events[1].ScopesUsed);
    }

    [Fact]
    public async Task A_policy_narrows_and_never_widens()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var credentials = new TestCredentials();

        await Client(server, "greedy", credentials, new RecordingAuditSink()).GetEmployeeAsync("e-1");
        await Assert.ThrowsAsync<ScopeDeniedException>(() =>
            Client(server, "greedy", credentials, new RecordingAuditSink()).AddNoteAsync("e-1", new NoteRequest()));

        Assert.Equal(new[] { "employees:read" }, credentials.Requests.Single().Scopes);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task The_registration_takes_the_policy_from_the_container()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.AddSingleton<IScopePolicy>(Policy);
        services.AddTestHris(o => { o.AllowLoopbackHttp = true; o.AllowedHosts.Add("127.0.0.1"); o.Tenant = "ids-only"; })
            .ConfigureHttpClient(http => http.BaseAddress = new Uri(server.Root, "v1/"));
        using var container = services.BuildServiceProvider();

        var employee = await container.GetRequiredService<ITestHris>().GetEmployeeAsync("e-1");

        Assert.Equal("", employee.DisplayName);
        Assert.EndsWith("?fields=id,active", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public void Coverage_follows_the_convention_and_declared_pairs_transitively()
    {
        var covered = ScopeCoverage.Closure(new[] { "crm.full", "tickets:write" }, new[] { "crm.full", "contacts.write", "contacts.write", "contacts.read" });

        Assert.Equal(new[] { "contacts.read", "contacts.write", "crm.full", "tickets:read", "tickets:write" }, covered.OrderBy(s => s, StringComparer.Ordinal));
        Assert.Null(ScopeCoverage.ConventionalRead(":write"));
        Assert.Null(ScopeCoverage.ConventionalRead("tickets:read"));
    }

    private sealed class TenantScopes(Dictionary<string, string[]> byTenant) : IScopePolicy
    {
        public ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken) =>
            new(new HashSet<string>(tenant is not null && byTenant.TryGetValue(tenant, out var scopes) ? scopes : Array.Empty<string>()));
    }
}
