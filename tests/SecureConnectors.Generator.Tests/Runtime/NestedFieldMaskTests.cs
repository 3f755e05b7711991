using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using SecureConnectors.Runtime;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Per-tenant masking reaches nested fields: a nested field whose scope is denied is neither asked for nor read.</summary>
public sealed class NestedFieldMaskTests
{
    private static readonly Policy Tenants = new(new Dictionary<string, string[]>
    {
        ["full"] = new[] { "directory:read", "directory.email:read" },
        ["no-email"] = new[] { "directory:read" },
        ["nothing"] = Array.Empty<string>(),
    });

    private static BambooDirectoryClient Client(LocalProvider server, string tenant, RecordingAuditSink audit) =>
        new(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), audit, new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = tenant }, Tenants);

    [Fact]
    public async Task A_tenant_without_the_nested_fields_scope_gets_the_list_without_that_field()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.BambooDirectory));
        var audit = new RecordingAuditSink();

        var directory = await Client(server, "no-email", audit).GetDirectoryAsync();

        Assert.Equal(new[] { "Ada Example", "Grace Example" }, directory.Employees.Select(e => e.DisplayName));
        Assert.All(directory.Employees, e => Assert.Null(e.WorkEmail));
        Assert.Equal(new DateOnly(2020, 1, 15), directory.Employees[0].HireDate);
        Assert.Equal("/v1/employees/directory?fields=employees", Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(new[] { "directory:read" }, Assert.Single(audit.Events).ScopesUsed);
    }

    [Fact]
    public async Task A_tenant_with_the_nested_scope_reads_it()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.BambooDirectory));
        var audit = new RecordingAuditSink();

        var directory = await Client(server, "full", audit).GetDirectoryAsync();

        Assert.Equal("ada@example.test", directory.Employees[0].WorkEmail);
        Assert.Equal(new[] { "directory.email:read", "directory:read" }, Assert.Single(audit.Events).ScopesUsed);
    }

    [Fact]
    public async Task A_tenant_without_the_parents_scope_is_denied_before_anything_is_sent()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.BambooDirectory));

        await Assert.ThrowsAsync<ScopeDeniedException>(() => Client(server, "nothing", new RecordingAuditSink()).GetDirectoryAsync());

        Assert.Empty(server.Requests);
    }

    [Fact]
    public void The_plan_sends_top_level_names_once_and_lists_the_dotted_paths_it_reads()
    {
        var connector = new ConnectorDefinition("bamboohr", "https://api.bamboohr.example/v1/", "fields", null, new[] { "directory:read", "directory.email:read" }, Array.Empty<string>());
        var operation = new OperationDefinition(connector, "GetDirectoryAsync", "GET", "employees/directory", Array.Empty<string>(),
            DirectoryView.JsonFieldNames, DirectoryView.JsonFieldScopes, DirectoryView.JsonFieldPaths);

        var plan = CallPlan.For(operation, new HashSet<string> { "directory:read" });

        Assert.Equal(new[] { "employees" }, plan.Fields);
        Assert.Equal(new[] { "employees[].id", "employees[].displayName", "employees[].hireDate" }, plan.FieldsRead);
        Assert.Equal(0b1011UL, plan.FieldMask);
    }

    [Fact]
    public void Select_empty_is_read_but_never_sent()
    {
        var connector = new ConnectorDefinition("hubspot", "https://api.hubspot.example/crm/v3/", "properties", null, new[] { "crm.objects.contacts.read" }, Array.Empty<string>());
        var operation = new OperationDefinition(connector, "GetContactAsync", "GET", "objects/contacts/{id}", Array.Empty<string>(),
            ContactView.JsonFieldNames, ContactView.JsonFieldScopes, ContactView.JsonFieldPaths);

        var denied = CallPlan.For(operation, new HashSet<string>());

        Assert.Empty(denied.Fields);
        Assert.Equal(new[] { "id", "archived" }, denied.FieldsRead);
    }

    private sealed class Policy(Dictionary<string, string[]> byTenant) : IScopePolicy
    {
        public ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken) =>
            new(new HashSet<string>(tenant is not null && byTenant.TryGetValue(tenant, out var scopes) ? scopes : Array.Empty<string>()));
    }
}
