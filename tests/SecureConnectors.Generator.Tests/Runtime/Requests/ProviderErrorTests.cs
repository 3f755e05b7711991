using System;
using System.Net;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Requests;

/// <summary>Errors sent as HTTP 200 (Slack's <c>ok:false</c>) fail the call instead of being audited as success.</summary>
public sealed class ProviderErrorTests
{
    [Fact]
    public async Task An_ok_answer_is_read_as_usual()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"ok":true,"url":"https://acme.slack.test.example/","team":"Acme","user":"bot","team_id":"T0001","user_id":"U0001"}"""));

        var me = await Client(server, out _).WhoAmIAsync();

        Assert.Equal(("Acme", "U0001"), (me.Team, me.UserId));
    }

    [Fact]
    public async Task Ok_false_is_a_provider_error_with_its_code_audited_as_failed()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"ok":false,"error":"invalid_auth","warning":"PERSONAL-DATA-MARKER"}"""));

        var failure = await Assert.ThrowsAsync<ProviderErrorException>(() => Client(server, out var audit).WhoAmIAsync());

        Assert.Equal("invalid_auth", failure.Code);
        Assert.Equal(HttpStatusCode.OK, failure.StatusCode);
        Assert.DoesNotContain("invalid_auth", failure.Message);
        Assert.DoesNotContain("PERSONAL-DATA-MARKER", failure.ToString());
    }

    [Fact]
    public async Task An_operation_without_a_result_reads_the_flag_too()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"ok":false,"error":"channel_not_found"}"""));
        var client = Client(server, out var audit);

        var failure = await Assert.ThrowsAsync<ProviderErrorException>(() => client.PostMessageAsync(new SlackMessage { Channel = "C0001", Text = "hello" }));

        Assert.Equal("channel_not_found", failure.Code);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal((ConnectorCallOutcome.Failed, (int?)200), (auditEvent.Outcome, auditEvent.StatusCode));
    }

    [Theory]
    [InlineData("""{"ok":true,"channel":"C0001","ts":"1503435956.000247"}""")]
    [InlineData("")]
    public async Task An_ok_or_empty_answer_to_an_operation_without_a_result_succeeds(string body)
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, body));
        var client = Client(server, out var audit);

        await client.PostMessageAsync(new SlackMessage { Channel = "C0001", Text = "hello" });

        Assert.Equal(ConnectorCallOutcome.Succeeded, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_code_that_is_not_a_string_is_left_out()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"error":{"detail":"x"},"ok":false}"""));

        var failure = await Assert.ThrowsAsync<ProviderErrorException>(() => Client(server, out _).WhoAmIAsync());

        Assert.Null(failure.Code);
    }

    private static TestSlackClient Client(LocalProvider server, out RecordingAuditSink audit)
    {
        audit = new RecordingAuditSink();
        return new TestSlackClient(
            Clients.Http(new Uri(server.Root, "api/")), new TestCredentials(), audit,
            new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });
    }
}
