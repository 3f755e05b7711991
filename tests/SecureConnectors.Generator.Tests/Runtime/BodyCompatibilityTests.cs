using System;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Requests;
using SecureConnectors.Generator.Tests.Infrastructure;
using SecureConnectors.Runtime;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>What the body writers do at the edges: a property they cannot write, and clients generated before them.</summary>
public sealed class BodyCompatibilityTests
{
    [Fact]
    public async Task A_property_without_a_writer_throws_before_anything_is_sent_and_only_when_it_has_a_value()
    {
        await using var server = await LocalProvider.StartAsync();
        var client = new TestUnsupportedClient(Clients.Http(server.Root), new TestCredentials(), null, RequestClients.Local());

        var refused = await Assert.ThrowsAsync<NotSupportedException>(() => client.CreateAsync(new WithUnknownProperty { Name = "a", Extra = new object() }));
        Assert.Contains("WithUnknownProperty.Extra", refused.Message);
        Assert.Empty(server.Requests);

        await client.CreateAsync(new WithUnknownProperty { Name = "a" });
        Assert.Equal("""{"name":"a"}""", RequestClients.Single(server).Body);
    }

    [Fact]
    public async Task A_body_that_contains_itself_fails_before_sending_instead_of_overflowing_the_stack()
    {
        await using var server = await LocalProvider.StartAsync();
        var client = new TestTreesClient(Clients.Http(server.Root), new TestCredentials(), null, RequestClients.Local());
        var node = new TreeNode { Name = "a" };
        node.Parent = node;

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateJsonAsync(node));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateFormAsync(node));
        Assert.Empty(server.Requests);

        await client.CreateFormAsync(new TreeNode { Name = "leaf", Parent = new TreeNode { Name = "root" } });
        Assert.Equal("name=leaf&parent[name]=root", RequestClients.Single(server).Body);
    }

    [Fact]
    public async Task Clients_generated_before_the_writers_still_send_json_through_SerializeBody()
    {
        await using var server = await LocalProvider.StartAsync();
        var connector = new ConnectorDefinition("old-client", "https://old.test.example/", null, null, Array.Empty<string>());
        var operation = new OperationDefinition(connector, "AddNoteAsync", "POST", "notes", Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string?>());
        var invoker = new ConnectorInvoker(connector, Clients.Http(server.Root), new TestCredentials(), null, RequestClients.Local());

#pragma warning disable IL2026, IL3050 // What old generated code did; the new writers exist to avoid it.
        var body = invoker.SerializeBody(new Connectors.NoteRequest { Text = "hi", Priority = 1 });
#pragma warning restore IL2026, IL3050
        await invoker.SendAsync(operation, "notes", null, body, CancellationToken.None);

        var request = RequestClients.Single(server);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal("""{"text":"hi","priority":1}""", request.Body);
    }
}
