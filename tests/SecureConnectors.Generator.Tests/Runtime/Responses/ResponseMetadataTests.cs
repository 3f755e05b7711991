using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Responses;

/// <summary>
/// <c>Task&lt;ConnectorResponse&gt;</c> and <c>Task&lt;ConnectorResponse&lt;T&gt;&gt;</c> against fakes of BambooHR's "add
/// employee" (201 and a relative Location) and GitHub's Link-paged issues: status, response and content headers, an
/// absolute Location, and nothing of the request.
/// </summary>
public sealed class ResponseMetadataTests
{
    private const string Issues = """[{"number":1347,"title":"Found a bug"},{"number":1348,"title":"Another"}]""";

    [Fact]
    public async Task A_created_record_gives_its_status_and_its_location_made_absolute()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 201;
            c.Response.Headers["Location"] = "/v1/employees/42";
            return Task.CompletedTask;
        });
        var audit = new RecordingAuditSink();

        var created = await BinaryClients.Bamboo(server, audit).AddEmployeeAsync(new BambooNewEmployee { FirstName = "Ada", LastName = "Lovelace" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(new Uri(server.Root, "/v1/employees/42"), created.Location);
        Assert.True(created.Location!.IsAbsoluteUri);
        Assert.Equal("/v1/employees/42", Assert.Single(created.Headers["location"]));
        var sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/api/gateway.php/acme/v1/employees", sent.PathAndQuery);
        var recorded = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.Succeeded, recorded.Outcome);
        Assert.Equal(201, recorded.StatusCode);
    }

    [Fact]
    public async Task The_location_is_resolved_against_the_address_that_answered_after_a_redirect()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            if (c.Request.Path.StartsWithSegments("/api/gateway.php/acme/v1"))
            {
                c.Response.StatusCode = 307;
                c.Response.Headers["Location"] = "/api/gateway.php/acme/v2/employees";
                return Task.CompletedTask;
            }

            c.Response.StatusCode = 201;
            c.Response.Headers["Location"] = "employees/42";
            return Task.CompletedTask;
        });

        var created = await BinaryClients.Bamboo(server, new RecordingAuditSink()).AddEmployeeAsync(new BambooNewEmployee { FirstName = "Ada" });

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(new Uri(server.Root, "/api/gateway.php/acme/v2/employees/42"), created.Location);
    }

    [Fact]
    public async Task Without_a_location_there_is_none()
    {
        await using var server = await LocalProvider.StartAsync(c => { c.Response.StatusCode = 204; return Task.CompletedTask; });

        var answer = await BinaryClients.Bamboo(server, new RecordingAuditSink()).AddEmployeeAsync(new BambooNewEmployee());

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Null(answer.Location);
    }

    [Fact]
    public async Task A_list_comes_with_the_link_header_and_the_content_headers_under_any_case()
    {
        const string Link = "<https://api.github.test.example/repositories/1/issues?page=2>; rel=\"next\", <https://api.github.test.example/repositories/1/issues?page=5>; rel=\"last\"";
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers["Link"] = Link;
            c.Response.Headers["X-RateLimit-Remaining"] = "4999";
            return LocalProvider.Json(c, Issues);
        });

        var page = await BinaryClients.GitHub(server, new RecordingAuditSink()).ListIssuesPageAsync("octocat", "hello-world");

        Assert.Equal(new[] { 1347, 1348 }, page.Value.Select(i => i.Number));
        Assert.Equal("Found a bug", page.Value[0].Title);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Link, Assert.Single(page.Headers["link"]));
        Assert.Equal(Link, Assert.Single(page.Headers["LINK"]));
        Assert.Equal("4999", Assert.Single(page.Headers["x-ratelimit-remaining"]));
        Assert.StartsWith("application/json", Assert.Single(page.Headers["content-type"]), StringComparison.Ordinal);
        Assert.True(page.Headers.ContainsKey("Content-Length") || page.Headers.ContainsKey("Transfer-Encoding"));
        Assert.Equal("/repos/octocat/hello-world/issues?page=1", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task The_headers_hold_nothing_of_the_request()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Issues));

        var page = await BinaryClients.GitHub(server, new RecordingAuditSink()).ListIssuesPageAsync("octocat", "hello-world");

        var sent = Assert.Single(server.Requests);
        Assert.Contains("Authorization", sent.Headers.Keys);
        Assert.False(page.Headers.ContainsKey("Authorization"));
        Assert.False(page.Headers.ContainsKey("User-Agent"));
        Assert.False(page.Headers.ContainsKey("Accept"));
        Assert.DoesNotContain(page.Headers.Values.SelectMany(v => v), v => v.Contains(TestCredentials.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_single_record_comes_with_its_metadata()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.Headers["ETag"] = "\"v7\"";
            return LocalProvider.Json(c, """{"id":"42","firstName":"Ada","ssn":"000-00-0000"}""");
        });

        var employee = await BinaryClients.Bamboo(server, new RecordingAuditSink()).GetEmployeeAsync("42");

        Assert.Equal(new BambooEmployeeName("42", "Ada"), employee.Value);
        Assert.Equal("\"v7\"", Assert.Single(employee.Headers["etag"]));
    }

    [Fact]
    public async Task An_error_status_throws_as_for_any_operation()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", 404));
        var audit = new RecordingAuditSink();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => BinaryClients.Bamboo(server, audit).GetEmployeeAsync("404"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(ConnectorCallOutcome.HttpError, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Without_a_body_type_the_provider_error_check_still_reads_the_flag()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"ok":false,"error":"file_not_found"}"""));

        var refused = await Assert.ThrowsAsync<ProviderErrorException>(() => BinaryClients.Slack(server, new RecordingAuditSink()).FileInfoAsync("F0001"));

        Assert.Equal("file_not_found", refused.Code);
    }

    [Fact]
    public void A_test_double_copies_its_headers_and_compares_names_ignoring_case()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>> { ["Link"] = new[] { "<https://api.example.com/next>; rel=\"next\"" } };

        var response = new ConnectorResponse<int>(HttpStatusCode.OK, headers, new Uri("https://api.example.com/items/1"), 7);
        headers["Other"] = new[] { "x" };

        Assert.Equal(7, response.Value);
        Assert.Single(response.Headers["link"]);
        Assert.False(response.Headers.ContainsKey("Other"));
        Assert.Empty(new ConnectorResponse(HttpStatusCode.NoContent, null, null).Headers);
    }

    [Fact]
    public void A_test_double_refuses_a_relative_location_and_names_differing_only_in_case()
    {
        Assert.Throws<ArgumentException>(() => new ConnectorResponse(HttpStatusCode.Created, null, new Uri("/v1/employees/42", UriKind.Relative)));
        var twice = new Dictionary<string, IReadOnlyList<string>> { ["ETag"] = new[] { "a" }, ["etag"] = new[] { "b" } };
        Assert.Throws<ArgumentException>(() => new ConnectorResponse(HttpStatusCode.OK, twice, null));
    }
}
