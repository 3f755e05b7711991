using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors.Envelopes;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Shapes;

/// <summary>
/// Stripe's list envelope (<c>{"object":"list","data":[...],"has_more":true,"url":"/v1/customers"}</c>) paged with
/// <c>starting_after</c> = the last customer's id, and a customer that does not exist (404) read as null.
/// </summary>
public sealed class StripeTests
{
    // Customers cus_1 .. cus_5, two per page, as Stripe would list them.
    private static Task ListCustomers(HttpContext context, int total = 5, bool alwaysMore = false)
    {
        var after = context.Request.Query["starting_after"].ToString();
        var start = after.Length == 0 ? 1 : int.Parse(after.Substring("cus_".Length)) + 1;
        var ids = Enumerable.Range(start, 2).Where(i => alwaysMore || i <= total).ToList();
        var data = string.Join(",", ids.Select(i =>
            $$"""{"id":"cus_{{i}}","object":"customer","address":null,"balance":0,"created":1680000000,"email":"c{{i}}@example.test","metadata":{"tier":"gold"},"name":"Customer {{i}}"}"""));
        var hasMore = alwaysMore || ids.LastOrDefault() < total;
        return LocalProvider.Json(context, $$"""{"object":"list","data":[{{data}}],"has_more":{{(hasMore ? "true" : "false")}},"url":"/v1/customers"}""");
    }

    [Fact]
    public async Task Enumerates_every_page_with_the_last_items_id_as_cursor()
    {
        await using var server = await LocalProvider.StartAsync(c => ListCustomers(c));
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();

        var names = new List<string?>();
        await foreach (var customer in ProviderClients.Stripe(server, credentials, audit).ListCustomersAsync(limit: 2))
        {
            names.Add(customer.Name);
        }

        Assert.Equal(new[] { "Customer 1", "Customer 2", "Customer 3", "Customer 4", "Customer 5" }, names);
        // The projection keeps only the name, yet each next page starts after the last id read.
        Assert.Equal(
            new[] { "/v1/customers?limit=2", "/v1/customers?limit=2&starting_after=cus_2", "/v1/customers?limit=2&starting_after=cus_4" },
            server.Requests.Select(r => r.PathAndQuery));
        Assert.Equal(3, credentials.Requests.Count);
        Assert.Equal(3, audit.Events.Count);
        Assert.All(audit.Events, e =>
        {
            Assert.Equal("ListCustomersAsync", e.Operation);
            Assert.Equal(ConnectorCallOutcome.Succeeded, e.Outcome);
            Assert.Equal(200, e.StatusCode);
            Assert.Equal(new[] { "name" }, e.FieldsRead);
            Assert.Equal(new[] { "customer_read" }, e.ScopesUsed);
        });
    }

    [Fact]
    public async Task Reaching_MaxPages_throws_after_the_last_allowed_pages_items()
    {
        await using var server = await LocalProvider.StartAsync(c => ListCustomers(c, alwaysMore: true));
        var audit = new RecordingAuditSink();
        var client = ProviderClients.Stripe(server, new TestCredentials(), audit, o => o.MaxPages = 3);

        var names = new List<string?>();
        var error = await Assert.ThrowsAsync<ConnectorException>(async () =>
        {
            await foreach (var customer in client.ListCustomersAsync(limit: 2))
            {
                names.Add(customer.Name);
            }
        });

        Assert.Equal(6, names.Count);
        Assert.Equal("Customer 6", names[^1]);
        Assert.Contains("more than 3 pages", error.Message);
        Assert.Contains("MaxPages", error.Message);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(3, audit.Events.Count);
    }

    [Fact]
    public void MaxPages_is_checked_where_it_is_set()
    {
        var options = new ConnectorOptions();
        Assert.Equal(100, options.MaxPages);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxPages = 0);

        Assert.Equal("MaxPages", error.ParamName);
        options.MaxPages = 1;
        Assert.Equal(1, options.MaxPages);
    }

    [Fact]
    public async Task A_missing_customer_is_null_and_audited_as_succeeded_with_404()
    {
        await using var server = await LocalProvider.StartAsync(c => c.Request.Path.Value!.EndsWith("/cus_1", StringComparison.Ordinal)
            ? LocalProvider.Json(c, """{"id":"cus_1","object":"customer","name":"Customer 1"}""")
            : LocalProvider.Json(c, """{"error":{"code":"resource_missing","message":"No such customer: 'cus_9'","param":"id","type":"invalid_request_error"}}""", 404));
        var audit = new RecordingAuditSink();
        var client = ProviderClients.Stripe(server, new TestCredentials(), audit);

        Assert.Null(await client.FindCustomerAsync("cus_9"));
        Assert.Equal(new StripeCustomerName("Customer 1"), await client.FindCustomerAsync("cus_1"));

        Assert.Equal(2, audit.Events.Count);
        Assert.Equal(ConnectorCallOutcome.Succeeded, audit.Events[0].Outcome);
        Assert.Equal(404, audit.Events[0].StatusCode);
        Assert.Empty(audit.Events[0].FieldsRead);
        Assert.Equal(200, audit.Events[1].StatusCode);
        Assert.Equal(new[] { "name" }, audit.Events[1].FieldsRead);
    }

    [Fact]
    public async Task Other_failures_of_a_nullable_read_still_throw()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}", 500));
        var audit = new RecordingAuditSink();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => ProviderClients.Stripe(server, new TestCredentials(), audit).FindCustomerAsync("cus_1"));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(ConnectorCallOutcome.HttpError, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_read_error_in_an_item_of_a_later_page_names_its_path_from_the_response_root()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c,
            """{"object":"list","data":[{"id":"cus_1","name":"Customer 1"},{"id":"cus_2","name":{"first":"PERSONAL-DATA-MARKER"}}],"has_more":false}"""));

        var error = await Assert.ThrowsAsync<InvalidResponseException>(async () =>
        {
            await foreach (var _ in ProviderClients.Stripe(server, new TestCredentials()).ListCustomersAsync())
            {
            }
        });

        Assert.Equal("data[1].name", error.Path);
        Assert.Equal("Name", error.Property);
        Assert.DoesNotContain("PERSONAL-DATA-MARKER", error.ToString());
    }

    [Fact]
    public async Task A_missing_envelope_is_a_read_error_that_names_the_result_path()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"object":"list","has_more":false}"""));

        var error = await Assert.ThrowsAsync<InvalidResponseException>(async () =>
        {
            await foreach (var _ in ProviderClients.Stripe(server, new TestCredentials()).ListCustomersAsync())
            {
            }
        });

        Assert.Equal("data", error.Path);
    }
}
