using System;
using System.Linq;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Requests;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>GitHub's catch-all content paths and Stripe/GitHub query shapes, as the server received them.</summary>
public sealed class QueryAndRouteTests
{
    [Theory]
    [InlineData("README.md", "/repos/octo-org/hello-world/contents/README.md")]
    [InlineData("docs/guides/getting started.md", "/repos/octo-org/hello-world/contents/docs/guides/getting%20started.md")]
    [InlineData("src/a%2Fb?.cs", "/repos/octo-org/hello-world/contents/src/a%252Fb%3F.cs")]
    [InlineData("", "/repos/octo-org/hello-world/contents/")]
    public async Task A_catch_all_path_keeps_its_slashes_and_escapes_each_segment(string path, string expected)
    {
        // The raw request target: Kestrel's Path would decode the escapes this test is about.
        string? target = null;
        await using var server = await LocalProvider.StartAsync(context =>
        {
            target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            return LocalProvider.Json(context, "{}");
        });

        await RequestClients.GitHub(server).GetContentsAsync("octo-org", "hello-world", path);

        Assert.Equal(expected, target);
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("docs/../../other-repo")]
    [InlineData("docs//readme.md")]
    [InlineData("./readme.md")]
    [InlineData("docs/")]
    [InlineData("/etc/passwd")]
    public async Task A_path_that_would_climb_or_drop_a_segment_is_refused_before_sending(string path)
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => RequestClients.GitHub(server, audit).GetContentsAsync("octo-org", "hello-world", path));

        Assert.Equal("path", refused.ParamName);
        Assert.Empty(server.Requests);
        Assert.Equal(ConnectorCallOutcome.InvalidArgument, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_repeated_query_writes_the_name_once_per_value()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Stripe(server).ListCustomersAsync(expand: new[] { "data.default_source", "data.invoice_settings" }, createdSince: new DateOnly(2024, 1, 31), limit: 3);

        Assert.Equal(
            "/v1/customers?expand[]=data.default_source&expand[]=data.invoice_settings&created[gte]=2024-01-31&limit=3",
            RequestClients.Single(server).PathAndQuery);
    }

    [Fact]
    public async Task A_csv_query_joins_escaped_values_with_commas_and_enums_go_by_wire_name()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.GitHub(server).ListIssuesAsync(
            "octo-org",
            "hello-world",
            labels: new[] { "bug", "good first issue", "a,b" },
            state: IssueState.Closed,
            since: new DateTimeOffset(2024, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5)),
            until: new DateTime(2024, 12, 24, 23, 0, 0),
            ids: new[] { 1L, 22L });

        Assert.Equal(
            "/repos/octo-org/hello-world/issues?labels=bug,good%20first%20issue,a%2Cb&state=closed"
            + "&since=2024-03-04T05%3A06%3A07.0000000-05%3A00&until=2024-12-24&ids=1&ids=22",
            RequestClients.Single(server).PathAndQuery);
    }

    [Fact]
    public async Task Empty_and_missing_collections_send_nothing()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.GitHub(server).ListIssuesAsync("octo-org", "hello-world", labels: Array.Empty<string>());
        await RequestClients.Stripe(server).ListCustomersAsync();

        Assert.Equal(new[] { "/repos/octo-org/hello-world/issues", "/v1/customers" }, server.Requests.Select(r => r.PathAndQuery).ToArray());
    }
}
