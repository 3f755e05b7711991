using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors.Envelopes;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Shapes;

/// <summary>
/// Slack's <c>conversations.info</c> (<c>{"ok":true,"channel":{...}}</c>: a ResultPath to an object) and a
/// BambooHR-like directory paged by page number.
/// </summary>
public sealed class SlackAndBambooTests
{
    [Fact]
    public async Task Slack_channel_is_read_under_channel_and_the_rest_skipped()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """
            {"ok":true,"channel":{"id":"C012AB3CD","name":"general","is_channel":true,"created":1449252889,"creator":"W012A3BCD",
             "topic":{"value":"For public discussion","creator":"W012A3BCD","last_set":1449709364},"purpose":{"value":"","creator":"","last_set":0},
             "previous_names":["specifics","abandoned-name"],"is_private":false},"warning":"superfluous_charset",
             "response_metadata":{"warnings":["superfluous_charset"]}}
            """));
        var audit = new RecordingAuditSink();

        var channel = await ProviderClients.Slack(server, new TestCredentials(), audit).GetChannelAsync("C012AB3CD");

        Assert.Equal(new SlackChannelName("C012AB3CD", "general"), channel);
        Assert.Equal("/api/conversations.info?channel=C012AB3CD", Assert.Single(server.Requests).PathAndQuery);
        Assert.Equal(new[] { "id", "name" }, Assert.Single(audit.Events).FieldsRead);
    }

    [Fact]
    public async Task Slack_error_envelope_without_channel_is_a_read_error()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"ok":false,"error":"channel_not_found"}"""));
        var audit = new RecordingAuditSink();

        var error = await Assert.ThrowsAnyAsync<ConnectorException>(() => ProviderClients.Slack(server, new TestCredentials(), audit).GetChannelAsync("C404"));

        Assert.Contains("'channel'", error.Message);
        Assert.Equal(ConnectorCallOutcome.InvalidResponse, Assert.Single(audit.Events).Outcome);
    }

    // Five employees, two per page: pages 1, 2 full, page 3 shorter, so it is the last.
    private static Task Directory(HttpContext context, int total)
    {
        var page = int.Parse(context.Request.Query["page"].ToString());
        var size = int.Parse(context.Request.Query["per_page"].ToString());
        var ids = Enumerable.Range((page - 1) * size + 1, size).Where(i => i <= total);
        var employees = string.Join(",", ids.Select(i =>
            $$"""{"id":"{{i}}","displayName":"Employee {{i}}","firstName":"E","lastName":"{{i}}","jobTitle":"Engineer","workEmail":"e{{i}}@example.test","photoUrl":null}"""));
        return LocalProvider.Json(context, $$"""{"fields":[{"id":"displayName","type":"text","name":"Display name"}],"employees":[{{employees}}]}""");
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    public async Task Bamboo_directory_pages_by_number_until_a_short_or_empty_page(int total, int pages)
    {
        await using var server = await LocalProvider.StartAsync(c => Directory(c, total));
        var audit = new RecordingAuditSink();

        var entries = new List<BambooDirectoryEntry>();
        await foreach (var entry in ProviderClients.Bamboo(server, new TestCredentials(), audit).DirectoryAsync())
        {
            entries.Add(entry);
        }

        Assert.Equal(Enumerable.Range(1, total).Select(i => i.ToString()), entries.Select(e => e.Id));
        Assert.Equal(
            Enumerable.Range(1, pages).Select(p => $"/v1/employees/directory?page={p}&per_page=2"),
            server.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(pages, audit.Events.Count);
    }
}
