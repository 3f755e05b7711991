using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors.Envelopes;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Shapes;

/// <summary>
/// HubSpot CRM v3 contacts: <c>{"results":[...],"paging":{"next":{"after":"...","link":"..."}}}</c>, the last page
/// without <c>paging</c>; and cancellation of a paged enumeration, through its parameter and through WithCancellation.
/// </summary>
public sealed class HubSpotTests
{
    // Three pages: after="" -> 1,2; after="3" -> 3,4; after="5" -> 5 (last, no paging).
    private static Task Contacts(HttpContext context)
    {
        var after = context.Request.Query["after"].ToString();
        var start = after.Length == 0 ? 1 : int.Parse(after);
        var ids = Enumerable.Range(start, start == 5 ? 1 : 2).ToList();
        var results = string.Join(",", ids.Select(i =>
            $$"""{"id":"{{i}}","properties":{"createdate":"2024-01-0{{i}}T00:00:00Z","email":"c{{i}}@example.test","firstname":"C{{i}}"},"createdAt":"2024-01-0{{i}}T00:00:00Z","updatedAt":"2024-02-01T00:00:00Z","archived":{{(i == 4 ? "true" : "false")}}""" + "}"));
        var paging = start == 5 ? "" : $$$""","paging":{"next":{"after":"{{{start + 2}}}","link":"https://api.hubapi.test/crm/v3/objects/contacts?after={{{start + 2}}}"}}""";
        return LocalProvider.Json(context, "{\"results\":[" + results + "]" + paging + "}");
    }

    [Fact]
    public async Task Follows_paging_next_after_until_the_page_without_paging()
    {
        await using var server = await LocalProvider.StartAsync(Contacts);
        var audit = new RecordingAuditSink();

        var contacts = new List<HubSpotContactRef>();
        await foreach (var contact in ProviderClients.HubSpot(server, new TestCredentials(), audit).ListContactsAsync())
        {
            contacts.Add(contact);
        }

        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, contacts.Select(c => c.Id));
        Assert.True(contacts[3].Archived);
        Assert.Equal(
            new[] { "/crm/v3/objects/contacts?limit=2", "/crm/v3/objects/contacts?limit=2&after=3", "/crm/v3/objects/contacts?limit=2&after=5" },
            server.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(3, audit.Events.Count);
        Assert.All(audit.Events, e => Assert.Equal(new[] { "crm.objects.contacts.read" }, e.ScopesUsed));
    }

    [Fact]
    public async Task Cancelling_through_the_parameter_stops_before_the_next_page()
    {
        await using var server = await LocalProvider.StartAsync(Contacts);
        var audit = new RecordingAuditSink();
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(async () =>
        {
            await foreach (var contact in ProviderClients.HubSpot(server, new TestCredentials(), audit).ListContactsAsync(cancellationToken: cancellation.Token))
            {
                seen++;
                if (seen == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(2, seen);
        Assert.Single(server.Requests);
        Assert.Equal(ConnectorCallOutcome.Succeeded, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Cancelling_through_WithCancellation_stops_before_the_next_page()
    {
        await using var server = await LocalProvider.StartAsync(Contacts);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(async () =>
        {
            await foreach (var contact in ProviderClients.HubSpot(server, new TestCredentials()).ListContactsAsync().WithCancellation(cancellation.Token))
            {
                seen++;
                if (seen == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(2, seen);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_token_cancelled_before_enumeration_sends_nothing()
    {
        await using var server = await LocalProvider.StartAsync(Contacts);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<System.OperationCanceledException>(async () =>
        {
            await foreach (var contact in ProviderClients.HubSpot(server, new TestCredentials()).ListContactsAsync().WithCancellation(cancellation.Token))
            {
            }
        });

        Assert.Empty(server.Requests);
    }
}
