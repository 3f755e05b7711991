using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using AcmeHris;
using SecureConnectors.Testing.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Testing.Tests;

/// <summary>The AcmeHris sample's generated client against the fake, and requests built by hand against the same fake.</summary>
public sealed class AcmeHrisFakeTests
{
    [Fact]
    public async Task Get_by_id_answers_the_matching_object_with_the_projected_fields()
    {
        var fake = Hris.Fake();

        var entry = await Hris.Client(fake).GetEmployeeAsync("e-1002");

        Assert.Equal(new DirectoryEntry("e-1002", "Grace Example", "Engineering", "grace@acme.example"), entry);
        var request = Assert.Single(fake.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("acme-hris", request.Connector);
        Assert.Equal("GetEmployeeAsync", request.Operation);
        Assert.Equal("employees/{id}", request.RouteTemplate);
        Assert.Equal("/v2/employees/e-1002", request.Uri.AbsolutePath);
        Assert.Equal(new[] { "department", "displayName", "id", "workEmail" }, request.RequestedFields!.OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(200, request.StatusCode);
        Assert.True(request.HasCredential);
        Assert.True(request.ToDeclaredHost);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task An_id_with_no_object_is_404()
    {
        var fake = Hris.Fake();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Hris.Client(fake).GetEmployeeAsync("e-9999"));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
        Assert.Equal("GetEmployeeAsync", Assert.Single(fake.Requests).Operation);
    }

    [Fact]
    public async Task A_list_operation_answers_every_object()
    {
        var fake = Hris.Fake();

        var entries = await Hris.Client(fake).ListEmployeesAsync(department: "Engineering");

        Assert.Equal(new[] { "e-1001", "e-1002", "e-1003" }, entries.Select(e => e.Id));
        var request = Assert.Single(fake.Requests);
        Assert.Equal("ListEmployeesAsync", request.Operation);
        Assert.Contains("department=Engineering", request.Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_a_BaseAddress_sends_to_its_declared_BaseUrl_and_is_answered()
    {
        var fake = Hris.Fake();
        var client = new AcmeHrisClient(new HttpClient(fake), TestTokens.Bearer());

        var entry = await client.GetEmployeeAsync("e-1001");

        Assert.Equal("Ada Example", entry.DisplayName);
        Assert.Equal(Hris.DeclaredBase.Host, Assert.Single(fake.Requests).Uri.Host);
    }

    [Fact]
    public async Task An_operation_beyond_the_granted_scopes_is_403()
    {
        var fake = new FakeProvider(AcmeHrisManifest.Json).AddResource("employees", Hris.Employees).Grant("employees.private:read");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Hris.Client(fake).GetEmployeeAsync("e-1001"));

        Assert.Equal(HttpStatusCode.Forbidden, failure.StatusCode);
        Assert.Equal(403, Assert.Single(fake.Requests).StatusCode);
    }

    [Fact]
    public async Task A_write_scope_covers_its_read_scope_as_the_runtime_says()
    {
        var fake = new FakeProvider(AcmeHrisManifest.Json).AddResource("employees", Hris.Employees).Grant("employees:write");

        var entry = await Hris.Client(fake).GetEmployeeAsync("e-1001");

        Assert.Equal("ada@acme.example", entry.WorkEmail);
    }

    [Fact]
    public async Task A_requested_field_whose_scope_is_not_granted_is_403_and_an_unscoped_one_is_answered()
    {
        var fake = new FakeProvider(AcmeHrisManifest.Json).AddResource("employees", Hris.Employees);

        using var unscoped = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001?fields=id");
        using var scoped = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001?fields=id,workEmail");

        Assert.Equal(HttpStatusCode.OK, unscoped.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, scoped.StatusCode);
        Assert.Contains("workEmail", await scoped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_carries_only_the_fields_asked_for_and_every_stored_field_when_none_are()
    {
        var fake = Hris.Fake();

        using var asked = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001?fields=displayName");
        using var all = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001");

        using var askedJson = JsonDocument.Parse(await asked.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "displayName" }, askedJson.RootElement.EnumerateObject().Select(p => p.Name));
        using var allJson = JsonDocument.Parse(await all.Content.ReadAsStringAsync());
        Assert.Contains("salary", allJson.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("GET", "https://api.acme-hris.example/v2/payroll")]
    [InlineData("GET", "https://api.acme-hris.example/v2/employees/e-1001/salary")]
    [InlineData("DELETE", "https://api.acme-hris.example/v2/employees/e-1001")]
    [InlineData("GET", "https://api.acme-hris.example/v1/employees/e-1001")]
    public async Task An_undeclared_route_method_or_base_path_is_404_with_no_operation(string method, string uri)
    {
        var fake = Hris.Fake();

        using var response = await Hris.SendAsync(fake, new HttpMethod(method), uri);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var request = Assert.Single(fake.Requests);
        Assert.Null(request.Operation);
        Assert.True(request.ToDeclaredHost);
    }

    [Fact]
    public async Task An_undeclared_host_is_404_and_recorded_as_such()
    {
        var fake = Hris.Fake();

        using var response = await Hris.GetAsync(fake, "https://hris-mirror.example/v2/employees/e-1001");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var request = Assert.Single(fake.Requests);
        Assert.False(request.ToDeclaredHost);
        Assert.Null(request.Connector);
        Assert.True(request.HasCredential);
    }

    [Fact]
    public async Task A_request_without_the_credential_is_401_and_recorded_with_its_operation()
    {
        var fake = Hris.Fake();

        using var response = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001", authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var request = Assert.Single(fake.Requests);
        Assert.False(request.HasCredential);
        Assert.Equal("GetEmployeeAsync", request.Operation);
        Assert.Null(request.RevealCredential());
    }

    [Fact]
    public async Task The_recorded_headers_never_hold_the_credential_but_a_test_can_reveal_it()
    {
        var fake = Hris.Fake();

        await Hris.Client(fake).GetEmployeeAsync("e-1001");

        var request = Assert.Single(fake.Requests);
        Assert.Equal("***", request.Headers.Single(h => h.Key == "Authorization").Value);
        Assert.DoesNotContain(request.Headers, h => h.Value.Contains(TestTokens.Prefix, StringComparison.Ordinal));
        Assert.DoesNotContain(TestTokens.Prefix, request.ToString(), StringComparison.Ordinal);
        Assert.Equal("Bearer " + TestTokens.Prefix + "0001", request.RevealCredential());
        Assert.Contains(request.Headers, h => h.Key == "Accept" && h.Value == "application/json");
    }

    [Fact]
    public async Task The_manifest_file_the_build_wrote_gives_the_same_answers_as_the_generated_constant()
    {
        var fromBuild = new FakeProvider(Hris.BuildManifest()).AddResource("employees", Hris.Employees).Grant("employees:read");

        var entry = await Hris.Client(fromBuild).GetEmployeeAsync("e-1003");

        Assert.Equal("Alan Example", entry.DisplayName);
        Assert.Contains("acme-hris", fromBuild.Requests.Select(r => r.Connector));
        Assert.Contains("api.acme-hris.example", fromBuild.DeclaredHosts);
        Assert.Contains("tickets.example", fromBuild.DeclaredHosts);
    }
}
