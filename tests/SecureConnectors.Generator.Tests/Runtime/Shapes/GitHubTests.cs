using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors.Envelopes;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Shapes;

/// <summary>
/// GitHub REST: <c>GET /repos/{owner}/{repo}/issues</c> is a top-level array paged by <c>Link: &lt;...&gt;; rel="next"</c>
/// (followed only to the first request's origin); search results sit under <c>items</c>.
/// </summary>
public sealed class GitHubTests
{
    private static string Issue(int number) =>
        $$"""{"id":{{1000 + number}},"number":{{number}},"title":"Issue {{number}}","state":"open","user":{"login":"octocat","id":1},"labels":[{"name":"bug"}],"body":"Steps to reproduce","pull_request":null}""";

    private static Task Issues(HttpContext context, string? nextOrigin = null)
    {
        var page = context.Request.Query["page"].ToString() is { Length: > 0 } p ? int.Parse(p) : 1;
        var origin = nextOrigin ?? $"http://{context.Request.Host}";
        if (page < 3)
        {
            // GitHub's next links may name the repository by id; the client follows them as given.
            context.Response.Headers["Link"] =
                $"<{origin}/repositories/1296269/issues?per_page=2&page={page + 1}>; rel=\"next\", <{origin}/repositories/1296269/issues?per_page=2&page=3>; rel=\"last\"";
        }

        var issues = page < 3 ? new[] { 2 * page - 1, 2 * page } : new[] { 5 };
        return LocalProvider.Json(context, "[" + string.Join(",", issues.Select(Issue)) + "]");
    }

    [Fact]
    public async Task Follows_the_next_link_until_there_is_none()
    {
        await using var server = await LocalProvider.StartAsync(c => Issues(c));
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();

        var issues = new List<GitHubIssueTitle>();
        await foreach (var issue in ProviderClients.GitHub(server, credentials, audit).ListIssuesAsync("octocat", "hello-world", perPage: 2))
        {
            issues.Add(issue);
        }

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, issues.Select(i => i.Number));
        Assert.Equal("Issue 5", issues[4].Title);
        Assert.Equal(
            new[] { "/repos/octocat/hello-world/issues?per_page=2", "/repositories/1296269/issues?per_page=2&page=2", "/repositories/1296269/issues?per_page=2&page=3" },
            server.Requests.Select(r => r.PathAndQuery));
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + TestCredentials.Token, r.Headers["Authorization"]));
        Assert.Equal(3, credentials.Requests.Count);
        Assert.Equal(3, audit.Events.Count);
        Assert.All(audit.Events, e => Assert.Equal("repos/{owner}/{repo}/issues", e.Route));
    }

    [Fact]
    public async Task A_next_link_to_another_origin_is_refused_with_nothing_sent()
    {
        await using var elsewhere = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "[]"));
        var otherOrigin = elsewhere.Root.GetLeftPart(System.UriPartial.Authority);
        await using var server = await LocalProvider.StartAsync(c => Issues(c, otherOrigin));
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();

        var issues = new List<GitHubIssueTitle>();
        var error = await Assert.ThrowsAnyAsync<ConnectorException>(async () =>
        {
            await foreach (var issue in ProviderClients.GitHub(server, credentials, audit).ListIssuesAsync("octocat", "hello-world", perPage: 2))
            {
                issues.Add(issue);
            }
        });

        // Same scheme and host (127.0.0.1 is allowed), another port: still another origin.
        Assert.Equal(new[] { 1, 2 }, issues.Select(i => i.Number));
        Assert.Contains("another origin", error.Message);
        Assert.Empty(elsewhere.Requests);
        Assert.Single(server.Requests);
        Assert.Single(credentials.Requests);
        Assert.Equal(new[] { ConnectorCallOutcome.Succeeded, ConnectorCallOutcome.InsecureTransport }, audit.Events.Select(e => e.Outcome));
        Assert.Empty(audit.Events[1].ScopesUsed);
    }

    [Fact]
    public async Task Search_results_are_read_under_items()
    {
        await using var server = await LocalProvider.StartAsync(c =>
            LocalProvider.Json(c, $$"""{"total_count":2,"incomplete_results":false,"items":[{{Issue(7)}},{{Issue(9)}}]}"""));

        var found = await ProviderClients.GitHub(server, new TestCredentials()).SearchIssuesAsync("repo:octocat/hello-world is:open");

        Assert.Equal(new[] { new GitHubIssueTitle(7, "Issue 7"), new GitHubIssueTitle(9, "Issue 9") }, found);
        Assert.Equal("/search/issues?q=repo%3Aoctocat%2Fhello-world%20is%3Aopen", Assert.Single(server.Requests).PathAndQuery);
    }

    [Theory]
    [InlineData("""{"total_count":0,"incomplete_results":false}""")]
    [InlineData("""{"total_count":0,"items":{"number":1}}""")]
    [InlineData("""{"items":[],"total_count":0,"incomplete_results":}""")]
    [InlineData("""[{"number":1,"title":"Issue 1"}]""")]
    public async Task A_response_without_the_result_path_or_malformed_after_it_is_a_read_error(string json)
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, json));
        var audit = new RecordingAuditSink();

        await Assert.ThrowsAnyAsync<ConnectorException>(() => ProviderClients.GitHub(server, new TestCredentials(), audit).SearchIssuesAsync("x"));

        Assert.Equal(ConnectorCallOutcome.InvalidResponse, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_next_link_asks_for_the_fields_of_this_pages_plan_not_those_it_echoes()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            if (c.Request.Query["page"].Count == 0)
            {
                // The provider echoes a wider field list than was asked for; the next page must not ask for it.
                c.Response.Headers["Link"] = $"<http://{c.Request.Host}/people?team=core&fields=id,name,salary&page=2>; rel=\"next\"";
                return LocalProvider.Json(c, """[{"id":"p1","name":"Ada"}]""");
            }

            return LocalProvider.Json(c, """[{"id":"p2","name":"Grace","salary":1}]""");
        });
        var audit = new RecordingAuditSink();

        var people = new List<PersonName>();
        await foreach (var person in ProviderClients.People(server, new TestCredentials(), audit).ListPeopleAsync("core"))
        {
            people.Add(person);
        }

        Assert.Equal(new[] { new PersonName("p1", "Ada"), new PersonName("p2", "Grace") }, people);
        Assert.Equal(new[] { "/people?team=core&fields=id,name", "/people?team=core&page=2&fields=id,name" }, server.Requests.Select(r => r.PathAndQuery));
        Assert.All(audit.Events, e => Assert.Equal(new[] { "id", "name" }, e.FieldsRead));
    }
}
