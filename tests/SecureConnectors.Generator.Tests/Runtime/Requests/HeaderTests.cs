using System;
using System.Linq;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Requests;

/// <summary>Fixed headers per connector and operation, per-call headers from parameters; never a credential.</summary>
public sealed class HeaderTests
{
    private const string Issue = """{"number":1347,"title":"Found a bug","state":"open"}""";

    [Fact]
    public async Task Connector_headers_go_with_every_call_and_the_default_accept_is_json()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Issue));

        var issue = await Client(server, out _).GetIssueAsync("octocat", "hello-world", 1347);

        Assert.Equal(1347, issue.Number);
        var sent = Assert.Single(server.Requests);
        Assert.Equal("/repos/octocat/hello-world/issues/1347", sent.PathAndQuery);
        Assert.Equal("acme-sync/1.0", sent.Headers["User-Agent"]);
        Assert.Equal("2022-11-28", sent.Headers["X-GitHub-Api-Version"]);
        Assert.Equal("application/json", sent.Headers["Accept"]);
        Assert.Equal("Bearer " + TestCredentials.Token, sent.Headers["Authorization"]);
    }

    [Fact]
    public async Task An_operation_header_replaces_the_connectors_and_an_accept_replaces_the_default()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Issue));

        await Client(server, out _).GetIssueFullAsync("octocat", "hello-world", 1347);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("acme-sync/2.0", sent.Headers["User-Agent"]);
        Assert.Equal("application/vnd.github.full+json", sent.Headers["Accept"]);
        Assert.Equal("2022-11-28", sent.Headers["X-GitHub-Api-Version"]);
    }

    [Fact]
    public async Task A_per_call_header_is_sent_when_set_and_left_out_when_null()
    {
        await using var server = await LocalProvider.StartAsync(c => { c.Response.StatusCode = 201; return Task.CompletedTask; });
        var client = Client(server, out _);

        await client.CreateIssueAsync("octocat", "hello-world", new GitHubNewIssue { Title = "t" }, idempotencyKey: "create-issue-0001");
        await client.CreateIssueAsync("octocat", "hello-world", new GitHubNewIssue { Title = "t" });

        var requests = server.Requests.ToArray();
        Assert.Equal("create-issue-0001", requests[0].Headers["Idempotency-Key"]);
        Assert.False(requests[1].Headers.ContainsKey("Idempotency-Key"));
        Assert.All(requests, r => Assert.Equal("acme-sync/1.0", r.Headers["User-Agent"]));
    }

    [Theory]
    [InlineData("key\r\nX-Injected: 1")]
    [InlineData("key\n")]
    public async Task A_per_call_value_with_a_line_break_is_refused_before_sending_and_audited_once(string value)
    {
        await using var server = await LocalProvider.StartAsync();
        var client = Client(server, out var audit);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateIssueAsync("octocat", "hello-world", new GitHubNewIssue(), value));

        Assert.DoesNotContain("X-Injected", refused.Message);
        Assert.Empty(server.Requests);
        Assert.Equal(ConnectorCallOutcome.InvalidArgument, Assert.Single(audit.Events).Outcome);
    }

    private static TestGitHubHeadersClient Client(LocalProvider server, out RecordingAuditSink audit)
    {
        audit = new RecordingAuditSink();
        return new TestGitHubHeadersClient(
            Clients.Http(server.Root), new TestCredentials(), audit,
            new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });
    }
}
