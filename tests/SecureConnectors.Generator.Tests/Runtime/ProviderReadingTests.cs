using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Generated readers against responses shaped like GitHub's, Stripe's, HubSpot's and BambooHR's.</summary>
public sealed class ProviderReadingTests
{
    private static ConnectorOptions Options() => new() { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" }, Tenant = "tenant-a" };

    [Fact]
    public async Task GitHub_issue_reads_nested_objects_lists_of_objects_enums_and_a_dotted_path_beside_its_object()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.GitHubIssue));
        var audit = new RecordingAuditSink();
        var client = new GitHubIssuesClient(Clients.Http(server.Root), new TestCredentials(), audit, Options());

        var issue = await client.GetIssueAsync("octo", "hello", 1347);

        // The audit trail names nested fields by the dotted path they were read at.
        Assert.Contains("user.login", Assert.Single(audit.Events).FieldsRead);
        Assert.Contains("labels[].name", audit.Events[0].FieldsRead);

        Assert.Equal(1347, issue.Number);
        Assert.Equal("Found a bug", issue.Title);
        Assert.Equal(IssueState.Open, issue.State);
        Assert.Null(issue.StateReason);
        Assert.Equal(new UserView("octocat"), issue.User);
        Assert.Equal("octocat", issue.UserLogin);
        Assert.Equal(new[] { "bug", "help wanted" }, issue.Labels.Select(l => l.Name));
        Assert.Equal(new[] { "octocat", "hubot" }, issue.Assignees.Select(a => a.Login));
        Assert.Equal(new DateTimeOffset(2011, 4, 22, 13, 33, 48, TimeSpan.Zero), issue.CreatedAt);
        Assert.Equal(new Uri("https://github.example/octo/hello/issues/1347"), issue.HtmlUrl);
        Assert.Equal("/repos/octo/hello/issues/1347", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public void Enum_wire_names_match_case_insensitively_and_an_unknown_value_reads_as_null_where_nullable()
    {
        var issue = Read(IssueView.ReadJson, """{"state":"CLOSED","state_reason":"duplicate_of_another"}""");
        Assert.Equal(IssueState.Closed, issue.State);
        Assert.Null(issue.StateReason);

        Assert.Equal(IssueStateReason.NotPlanned, Read(IssueView.ReadJson, """{"state_reason":"not_planned"}""").StateReason);
        Assert.Equal(IssueStateReason.Completed, Read(IssueView.ReadJson, """{"state_reason":"Complet\u0065d"}""").StateReason);
    }

    [Fact]
    public void Enum_wire_name_helpers_write_and_parse_the_declared_names()
    {
        Assert.Equal("not_planned", IssueStateReasonWireNames.ToWire(IssueStateReason.NotPlanned));
        Assert.Equal("reverse", TaxExemptWireNames.ToWire(TaxExempt.Reverse));
        Assert.True(IssueStateWireNames.TryParse("Open", out var state));
        Assert.Equal(IssueState.Open, state);
        Assert.False(IssueStateWireNames.TryParse("reopened", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => IssueStateWireNames.ToWire((IssueState)42));
    }

    [Fact]
    public void Missing_objects_and_lists_read_as_empty_values_not_null_where_the_property_is_not_nullable()
    {
        var issue = Read(IssueView.ReadJson, """{"number":1,"user":null}""");

        Assert.Null(issue.User);
        Assert.Null(issue.UserLogin);
        Assert.Empty(issue.Labels);
        Assert.Empty(issue.Assignees);
        Assert.Equal("", issue.Title);
    }

    [Fact]
    public async Task Stripe_customer_reads_a_map_unix_seconds_a_string_enum_and_a_nested_object()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.StripeCustomer));
        var client = new StripeCustomersClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), null, Options());

        var customer = await client.GetCustomerAsync("cus_NffrFeUfNV2Hib");

        Assert.Equal("cus_NffrFeUfNV2Hib", customer.Id);
        Assert.Equal("jenny@example.test", customer.Email);
        Assert.Equal("27 Example Ave", customer.AddressLine1);
        Assert.Equal(new AddressView("Brothers", "00000"), customer.Address);
        Assert.Equal(-1500, customer.Balance);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1680893993), customer.Created);
        Assert.Equal(new Dictionary<string, string> { ["order_id"] = "6735", ["channel"] = "web" }, customer.Metadata);
        Assert.Equal(new[] { "en", "fr" }, customer.PreferredLocales);
        Assert.Equal(TaxExempt.Reverse, customer.TaxExempt);
        Assert.Equal("/v1/customers/cus_NffrFeUfNV2Hib", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public void Dates_also_read_as_iso_8601_and_numbers_also_from_strings()
    {
        var customer = Read(CustomerView.ReadJson, """{"created":"2023-04-07T19:39:53Z","balance":"-25"}""");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1680896393), customer.Created);
        Assert.Equal(-25, customer.Balance);
    }

    [Fact]
    public async Task HubSpot_contact_sends_the_Select_names_reads_nested_properties_and_numbers_sent_as_strings()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.HubSpotContact));
        var client = new HubSpotContactsClient(Clients.Http(new Uri(server.Root, "crm/v3/")), new TestCredentials(), null, Options());

        var contact = await client.GetContactAsync("512");

        Assert.Equal(new ContactView("512", false, "brian@example.test", "Brian", 1500.00m, 3), contact);
        Assert.Equal("/crm/v3/objects/contacts/512?properties=email,firstname,annualrevenue,num_notes", Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(new[] { "", "", "email", "firstname", "annualrevenue", "num_notes" }, ContactView.JsonFieldNames);
        Assert.Equal(new[] { "id", "archived", "properties.email", "properties.firstname", "properties.annualrevenue", "properties.num_notes" }, ContactView.JsonFieldPaths);
    }

    [Fact]
    public async Task BambooHR_directory_reads_a_list_of_objects_with_ids_as_strings_and_dates_without_time()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.BambooDirectory));
        var client = new BambooDirectoryClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), null, Options());

        var directory = await client.GetDirectoryAsync();

        Assert.Equal(
            new[] { new DirectoryEmployeeView(123, "Ada Example", "ada@example.test", new DateOnly(2020, 1, 15)), new DirectoryEmployeeView(124, "Grace Example", null, null) },
            directory.Employees);
        Assert.Equal("/v1/employees/directory?fields=employees", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public void Field_lists_name_what_is_sent_and_what_is_read_separately()
    {
        Assert.Equal(new[] { "number", "title", "state", "state_reason", "user", "user", "labels", "assignees", "created_at", "html_url" }, IssueView.JsonFieldNames);
        Assert.Equal(new[] { "number", "title", "state", "state_reason", "user.login", "user.login", "labels[].name", "assignees[].login", "created_at", "html_url" }, IssueView.JsonFieldPaths);
        Assert.Equal(new[] { "employees[].id", "employees[].displayName", "employees[].workEmail", "employees[].hireDate" }, DirectoryView.JsonFieldPaths);
        Assert.Equal(new[] { "directory:read", "directory:read", "directory.email:read", "directory:read" }, DirectoryView.JsonFieldScopes);
    }

    [Fact]
    public void The_manifest_names_nested_fields_by_dotted_path_with_inherited_scope_and_classification()
    {
        using var manifest = JsonDocument.Parse(GitHubIssuesManifest.Json);
        var fields = manifest.RootElement.GetProperty("projections")[0].GetProperty("fields").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString(), Property: f.GetProperty("property").GetString(), Scope: f.GetProperty("scope").GetString(), Class: f.GetProperty("classification").GetString()))
            .ToList();

        Assert.Contains(("assignees[].login", "Assignees.Login", "issues:read", "Personal"), fields);
        Assert.Contains(("user.login", "User.Login", "issues:read", "Personal"), fields);
        Assert.Contains(("user.login", "UserLogin", "issues:read", "Internal"), fields);
        Assert.Contains(("labels[].name", "Labels.Name", "issues:read", "Internal"), fields);
    }

    [Fact]
    public void Escaped_property_names_take_the_slow_path_and_still_match()
    {
        var contact = Read(ContactView.ReadJson, """{"\u0069d":"9","prop\u0065rties":{"em\u0061il":"e@example.test"}}""");
        Assert.Equal(("9", "e@example.test"), (contact.Id, contact.Email));
    }

    internal static T Read<T>(Runtime.ReadWith<T> read, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }
}

/// <summary>A projection's one-argument ReadJson.</summary>
internal delegate T ReadWith<T>(ref Utf8JsonReader reader);
