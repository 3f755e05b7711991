using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Testing.Tests.Connectors;
using SecureConnectors.Testing.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Testing.Tests;

/// <summary>
/// The ticket-desk connector's generated client against the fake: an API key in its own header, a <c>select</c>
/// fields parameter, a result path, cursor and page paging, a catch-all route and writes with their own scope.
/// </summary>
public sealed class TicketDeskFakeTests
{
    private const string Tickets = """
        [
          { "id": "t-1", "title": "Printer on fire", "assignee": "ada@tickets.example", "internalNote": "synthetic" },
          { "id": "t-2", "title": "Badge reader", "assignee": "grace@tickets.example" },
          { "id": "t-3", "title": "Wi-Fi in room 4", "assignee": "alan@tickets.example" }
        ]
        """;

    private static FakeProvider Fake(params string[] scopes) =>
        new FakeProvider(TicketDeskManifest.Json) { CredentialHeader = "X-Api-Key", FieldsParameter = "select" }
            .AddResource("tickets", Tickets)
            .Grant(scopes);

    private static TicketDeskClient Client(FakeProvider fake) => new(new HttpClient(fake), TestTokens.ApiKeys());

    [Fact]
    public async Task The_key_in_its_own_header_counts_as_the_credential_and_is_redacted()
    {
        var fake = Fake("tickets:read");

        var ticket = await Client(fake).GetTicketAsync("t-2");

        Assert.Equal(new TicketSummary("t-2", "Badge reader"), ticket);
        var request = Assert.Single(fake.Requests);
        Assert.True(request.HasCredential);
        Assert.Equal("***", request.Headers.Single(h => h.Key == "X-Api-Key").Value);
        Assert.Equal(new[] { "id", "title" }, request.RequestedFields);
        ConnectorAssert.NoCallWithoutCredential(fake);
        ConnectorAssert.OnlyProjectedFieldsRequested(fake);
    }

    [Fact]
    public async Task The_manifest_names_the_auth_header_and_fields_parameter_so_the_fake_needs_no_settings()
    {
        // Manifest schema 2 carries authHeader and fieldsParameter: the key in X-Api-Key is seen, select is read.
        var fake = new FakeProvider(TicketDeskManifest.Json).AddResource("tickets", Tickets).Grant("tickets:read");

        var ticket = await Client(fake).GetTicketAsync("t-2");

        Assert.Equal("t-2", ticket.Id);
        ConnectorAssert.NoCallWithoutCredential(fake);
        ConnectorAssert.OnlyProjectedFieldsRequested(fake);
    }

    [Fact]
    public async Task A_key_in_a_header_other_than_the_declared_one_is_not_a_credential_and_the_call_is_401()
    {
        var fake = new FakeProvider(TicketDeskManifest.Json) { CredentialHeader = "X-Other-Key" }.AddResource("tickets", Tickets).Grant("tickets:read");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(fake).GetTicketAsync("t-2"));

        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.NoCallWithoutCredential(fake));
    }

    [Fact]
    public async Task A_second_projection_field_beyond_the_granted_scopes_is_403_and_granted_it_is_answered()
    {
        var narrow = Fake("tickets:read");
        var wide = Fake("tickets:read", "tickets.people:read");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(narrow).GetAssignmentAsync("t-1"));
        var assigned = await Client(wide).GetAssignmentAsync("t-1");

        Assert.Equal(HttpStatusCode.Forbidden, failure.StatusCode);
        Assert.Equal("ada@tickets.example", assigned.Assignee);
    }

    [Fact]
    public async Task Without_a_fields_parameter_the_answer_leaves_out_declared_fields_whose_scope_is_not_granted()
    {
        var fake = Fake("tickets:read");

        using var response = await Hris.SendAsync(fake, HttpMethod.Get, "https://tickets.example/api/assignments/t-1", TestTokens.Prefix + "key", "X-Api-Key");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "id", "title", "internalNote" }, json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_result_path_wraps_the_answer()
    {
        var fake = Fake("tickets:read");

        using var response = await Hris.SendAsync(fake, HttpMethod.Get, "https://tickets.example/api/tickets/t-1?select=id", TestTokens.Prefix + "key", "X-Api-Key");

        Assert.Equal("""{"data":{"id":"t-1"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cursor_paging_ends_after_the_last_item_and_page_paging_after_the_first_short_page()
    {
        var fake = Fake("tickets:read");
        var client = Client(fake);

        var byCursor = new List<string>();
        await foreach (var ticket in client.ListTicketsAsync())
        {
            byCursor.Add(ticket.Id);
        }

        var byPage = new List<string>();
        await foreach (var ticket in client.ListArchivedAsync())
        {
            byPage.Add(ticket.Id);
        }

        Assert.Equal(new[] { "t-1", "t-2", "t-3" }, byCursor);
        Assert.Equal(new[] { "t-1", "t-2", "t-3" }, byPage);
        Assert.Equal(
            new[] { "ListTicketsAsync", "ListTicketsAsync", "ListArchivedAsync", "ListArchivedAsync" },
            fake.Requests.Select(r => r.Operation));
        Assert.Contains("starting_after=t-3", fake.Requests[1].Uri.Query, StringComparison.Ordinal);
        Assert.Contains("page=2", fake.Requests[3].Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_catch_all_route_matches_a_path_with_slashes()
    {
        var fake = Fake("tickets:read");

        await Client(fake).GetAttachmentTicketAsync("2026/12/scan.pdf");

        var request = Assert.Single(fake.Requests);
        Assert.Equal("GetAttachmentTicketAsync", request.Operation);
        Assert.Equal("attachments/{**path}", request.RouteTemplate);
        Assert.Equal("/api/attachments/2026/12/scan.pdf", request.Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_post_is_answered_201_with_its_body_and_recorded_and_a_delete_204()
    {
        var fake = Fake("tickets:write");
        var client = Client(fake);

        var created = await client.CreateTicketAsync(new NewTicket { Title = "Coffee machine" });
        await client.DeleteTicketAsync("t-1");

        Assert.Equal("Coffee machine", created.Title);
        Assert.Equal(new[] { 201, 204 }, fake.Requests.Select(r => r.StatusCode));
        Assert.Equal("""{"title":"Coffee machine"}""", fake.Requests[0].Body);
        Assert.Contains(fake.Requests[0].Headers, h => h.Key == "Content-Type" && h.Value.StartsWith("application/json", StringComparison.Ordinal));
        Assert.Equal("DeleteTicketAsync", fake.Requests[1].Operation);
    }

    [Fact]
    public async Task An_operations_required_scope_not_granted_is_403_even_when_its_fields_are()
    {
        var fake = Fake("tickets:read");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Client(fake).DeleteTicketAsync("t-1"));

        Assert.Equal(HttpStatusCode.Forbidden, failure.StatusCode);
    }

    [Fact]
    public async Task A_form_body_is_recorded_as_sent_and_answered_with_an_empty_object()
    {
        var fake = Fake("tickets:write");

        using var response = await Hris.SendAsync(
            fake, HttpMethod.Post, "https://tickets.example/api/tickets", TestTokens.Prefix + "key", "X-Api-Key",
            new StringContent("title=Coffee", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        Assert.Equal("title=Coffee", Assert.Single(fake.Requests).Body);
    }
}
