using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Residency;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Controls;

/// <summary>
/// Role-based access: [Roles] per operation and ConnectorOptions.RestrictedDataRoles per field, decided before a
/// credential is requested, through two actors on one client.
/// </summary>
public sealed class RoleTests : IAsyncLifetime
{
    private const string EuHost = "api.eu.hris.test.example";
    private const string Record = """{"id":"e-1","displayName":"Ada","ssn":"000-00-0000","salary":1234.5}""";

    private LocalProvider server = null!;

    public async Task InitializeAsync() => server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Record));

    public Task DisposeAsync() => server.DisposeAsync().AsTask();

    [Fact]
    public async Task Only_an_actor_holding_a_role_of_the_operation_may_call_it()
    {
        var roles = new StaticRoles(("alice", ["hr-admin"]), ("bob", ["viewer"]));
        var (client, credentials, audit) = Build(new ConnectorOptions { Region = "eu" }, roles);

        using (ConnectorContext.Begin("contoso", "alice"))
        {
            await client.DeleteEmployeeAsync("e-1");
        }

        using (ConnectorContext.Begin("contoso", "bob"))
        {
            var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => client.DeleteEmployeeAsync("e-2"));
            Assert.Equal(["hr-admin"], denied.RequiredRoles);
            Assert.DoesNotContain("bob", denied.Message, StringComparison.Ordinal);
        }

        var sent = Assert.Single(server.Requests);
        Assert.Equal("DELETE /v2/employees/e-1", sent.Method + " " + sent.PathAndQuery);
        Assert.Single(credentials.Requests);
        Assert.Equal([("alice", "contoso"), ("bob", "contoso")], roles.Asked);
        var refused = audit.Events.Single(e => e.Actor == "bob");
        Assert.Equal(ConnectorCallOutcome.Denied, refused.Outcome);
        Assert.Empty(refused.ScopesUsed);
        Assert.Empty(refused.FieldsRead);
        Assert.Null(refused.StatusCode);
        Assert.Equal(ConnectorCallOutcome.Succeeded, audit.Events.Single(e => e.Actor == "alice").Outcome);
    }

    [Fact]
    public async Task A_client_without_a_role_provider_refuses_operations_with_roles_and_serves_the_others()
    {
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
#pragma warning disable SC3005 // The point of the test: no role provider, so [Roles] operations fail safe.
        var client = new RegionalHrisClient(Http(), credentials, audit, new ConnectorOptions { Region = "eu", Actor = "alice" });
#pragma warning restore SC3005

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => client.DeleteEmployeeAsync("e-1"));
        Assert.Contains("no IActorRoleProvider", denied.Message, StringComparison.Ordinal);
        var read = await client.GetEmployeeAsync("e-1");

        Assert.Equal("Ada", read.DisplayName);
        Assert.Equal("GET", Assert.Single(server.Requests).Method);
        Assert.Single(credentials.Requests);
        Assert.Equal([ConnectorCallOutcome.Denied, ConnectorCallOutcome.Succeeded], audit.Events.Select(e => e.Outcome));
    }

    [Fact]
    public async Task Restricted_fields_and_their_scopes_are_asked_for_and_read_only_by_actors_with_a_restricted_data_role()
    {
        var roles = new StaticRoles(("pat", ["payroll"]), ("sam", ["recruiter"]));
        var options = new ConnectorOptions { Region = "eu", RestrictedDataRoles = { "payroll", "hr-admin" } };
        var (client, credentials, audit) = Build(options, roles);

        async Task<PersonnelRecord> ReadAs(string actor)
        {
            using (ConnectorContext.Begin("contoso", actor))
            {
                return await client.GetEmployeeAsync("e-1");
            }
        }

        var calls = Enumerable.Range(0, 10).SelectMany(_ => new[] { ReadAs("pat"), ReadAs("sam") }).ToList();
        await Task.WhenAll(calls);

        var byPat = calls.Where((_, i) => i % 2 == 0).Select(c => c.Result).ToList();
        var bySam = calls.Where((_, i) => i % 2 == 1).Select(c => c.Result).ToList();
        Assert.All(byPat, r => Assert.Equal(("000-00-0000", 1234.5m), (r.Ssn, r.Salary)));
        Assert.All(bySam, r => Assert.Equal(("Ada", "", 0m), (r.DisplayName, r.Ssn, r.Salary)));
        Assert.Equal(10, server.Requests.Count(r => r.PathAndQuery.EndsWith("fields=id,displayName,ssn,salary", StringComparison.Ordinal)));
        Assert.Equal(10, server.Requests.Count(r => r.PathAndQuery.EndsWith("fields=id,displayName", StringComparison.Ordinal)));
        Assert.All(audit.Events.Where(e => e.Actor == "sam"), e =>
        {
            Assert.Equal(["id", "displayName"], e.FieldsRead);
            Assert.Equal(["employees:read"], e.ScopesUsed);
        });
        Assert.All(audit.Events.Where(e => e.Actor == "pat"), e =>
            Assert.Equal(["compensation:read", "employees.ssn:read", "employees:read"], e.ScopesUsed));

        // The credential of a call without the role is not even asked for the restricted scopes.
        Assert.Equal(10, credentials.Requests.Count(r => r.Scopes.SequenceEqual(["employees:read"])));
    }

    [Fact]
    public async Task An_actor_without_a_restricted_data_role_is_refused_an_operation_that_reads_only_restricted_fields()
    {
        var roles = new StaticRoles(("sam", ["recruiter"]));
        var (client, credentials, audit) = Build(new ConnectorOptions { Region = "eu", Actor = "sam", RestrictedDataRoles = { "payroll" } }, roles);

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => client.GetCompensationAsync("e-1"));

        Assert.Equal(["payroll"], denied.RequiredRoles);
        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        Assert.Equal(ConnectorCallOutcome.Denied, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Without_restricted_data_roles_every_field_is_read_and_the_role_provider_is_not_asked()
    {
        var roles = new StaticRoles();
        var (client, _, _) = Build(new ConnectorOptions { Region = "eu", Actor = "sam" }, roles);

        var read = await client.GetEmployeeAsync("e-1");

        Assert.Equal("000-00-0000", read.Ssn);
        Assert.Empty(roles.Asked);
    }

    [Fact]
    public async Task A_failing_role_provider_fails_the_call_before_anything_is_sent()
    {
        var roles = new StaticRoles(("alice", ["hr-admin"])) { Failure = () => new InvalidOperationException("directory down") };
        var (client, credentials, audit) = Build(new ConnectorOptions { Region = "eu", Actor = "alice" }, roles);

        var failed = await Assert.ThrowsAsync<ConnectorException>(() => client.DeleteEmployeeAsync("e-1"));

        Assert.IsType<InvalidOperationException>(failed.InnerException);
        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        Assert.Equal(ConnectorCallOutcome.Failed, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public void The_manifest_lists_each_operations_roles()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(RegionalHrisManifest.Json);
        var operations = manifest.RootElement.GetProperty("operations").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);

        Assert.Equal(["hr-admin"], operations["DeleteEmployeeAsync"].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(operations["GetEmployeeAsync"].GetProperty("roles").EnumerateArray());
    }

    private (RegionalHrisClient Client, TestCredentials Credentials, RecordingAuditSink Audit) Build(ConnectorOptions options, IActorRoleProvider roles)
    {
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
        return (new RegionalHrisClient(Http(), credentials, audit, options, roles: roles), credentials, audit);
    }

    private HttpClient Http() => new(new DeclaredHostRouter(new Dictionary<string, Uri> { [EuHost] = server.Root }));
}
