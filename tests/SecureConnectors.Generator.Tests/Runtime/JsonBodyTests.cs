using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Requests;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>JSON bodies written by generated code: the connector's naming, no nulls, wire names, the declared names.</summary>
public sealed class JsonBodyTests
{
    [Fact]
    public async Task A_snake_case_provider_gets_snake_case_names_and_no_nulls()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Crm(server).UpdateContactAsync("c-1", new ContactPatch
        {
            FirstName = "Ada",
            LastContactedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
            Status = ContactStatus.ActiveLead,
            CustomFields = new Dictionary<string, string?> { ["PlanTier"] = "gold", ["Unset"] = null },
            Tags = new[] { 3, 5 },
            Subscribed = true,
            Score = 12.5m,
            ExternalId = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Birthday = new DateOnly(1990, 12, 31),
            Email = "ada@example.test",
            LocalNote = "never sent",
        });

        var request = RequestClients.Single(server);
        Assert.Equal(("PATCH", "/contacts/c-1"), (request.Method, request.PathAndQuery));
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(
            """{"first_name":"Ada","last_contacted_at":"2024-05-06T07:08:09+02:00","status":"active_lead","custom_fields":{"PlanTier":"gold"},"tags":[3,5],"subscribed":true,"score":12.5,"external_id":"0f8fad5b-d9cb-469f-a165-70867728950e","birthday":"1990-12-31","e-mail":"ada@example.test"}""",
            request.Body);
    }

    [Fact]
    public async Task A_partial_update_does_not_blank_the_fields_it_leaves_out()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Crm(server).UpdateContactAsync("c-1", new ContactPatch { LastName = "Lovelace", Status = ContactStatus.Customer });

        Assert.Equal("""{"last_name":"Lovelace","status":"Customer"}""", RequestClients.Single(server).Body);
    }

    [Fact]
    public async Task A_camel_case_body_reads_back_with_the_web_serializer()
    {
        await using var server = await LocalProvider.StartAsync();

        await Clients.Hris(server, new TestCredentials()).AddNoteAsync("e-1", new Connectors.NoteRequest { Text = "Met \"Ada\" <3", Priority = 2 });

        var request = RequestClients.Single(server);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        var parsed = JsonSerializer.Deserialize<Connectors.NoteRequest>(request.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal(("Met \"Ada\" <3", 2), (parsed.Text, parsed.Priority));
        Assert.StartsWith("""{"text":""", request.Body);
    }

    [Fact]
    public async Task Bodies_written_one_after_another_do_not_share_bytes()
    {
        await using var server = await LocalProvider.StartAsync();
        var client = RequestClients.Crm(server);

        await client.UpdateContactAsync("c-1", new ContactPatch { FirstName = new string('x', 100_000) });
        await client.UpdateContactAsync("c-2", new ContactPatch { FirstName = "short" });

        var requests = server.Requests.ToArray();
        Assert.Equal(100_000 + """{"first_name":""}""".Length, requests[0].Body.Length);
        Assert.Equal("""{"first_name":"short"}""", requests[1].Body);
    }
}
