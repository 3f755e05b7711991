using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using SecureConnectors.Testing.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Testing.Tests;

/// <summary>
/// Manifests the fake reads beyond today's generated ones: later schema versions add properties (<c>hosts</c>,
/// <c>regions</c>, per-operation <c>roles</c>, <c>authHeader</c>, <c>fieldsParameter</c>) that it uses or ignores.
/// </summary>
public sealed class ManifestReadingTests
{
    // A later schema: hosts and regions, roles per operation, properties the fake does not know.
    private const string RegionalManifest = """
        {
          "schemaVersion": 2,
          "connector": "regional-hris",
          "interface": "Contoso.IRegionalHris",
          "host": "api.regional-hris.example",
          "hosts": ["api.eu.regional-hris.example", "api.us.regional-hris.example"],
          "baseUrl": null,
          "regions": [
            { "name": "eu", "baseUrl": "https://api.eu.regional-hris.example/v3/" },
            { "name": "us", "baseUrl": "https://api.us.regional-hris.example/hris/v3/" }
          ],
          "authHeader": "X-Api-Key",
          "fieldsParameter": "$select",
          "grantedScopes": ["people:read", "people:write"],
          "scopeCoverage": [{ "scope": "people:admin", "covers": "people:write" }],
          "futureProperty": { "nested": [1, 2, 3] },
          "operations": [
            { "name": "GetPersonAsync", "method": "GET", "route": "people/{id}", "requires": [], "scopesNeeded": ["people:read"],
              "projection": "Contoso.Person", "returnsList": false, "resultPath": null, "paging": null, "roles": ["hr"] },
            { "name": "GetMeAsync", "method": "GET", "route": "people/me", "requires": [], "scopesNeeded": ["people:read"],
              "projection": "Contoso.Person", "returnsList": false, "resultPath": null, "paging": null },
            { "name": "UpdatePersonAsync", "method": "PATCH", "route": "/people/{id}?notify=false", "requires": ["people:write"],
              "scopesNeeded": ["people:write"], "projection": null, "returnsList": false, "resultPath": null, "paging": null, "roles": ["hr-admin"] }
          ],
          "projections": [
            { "type": "Contoso.Person", "resource": "people", "fields": [
              { "path": "id", "sent": "id", "property": "Id", "scope": null, "classification": "Internal" },
              { "path": "name", "sent": "name", "property": "Name", "scope": "people:read", "classification": "Personal" } ] }
          ]
        }
        """;

    private const string People = """[{ "id": "p-1", "name": "Ada" }, { "id": 42, "name": "Grace" }]""";

    private static FakeProvider Regional() => new FakeProvider(RegionalManifest).AddResource("people", People).Grant("people:read");

    private static Task<HttpResponseMessage> Send(FakeProvider fake, HttpMethod method, string uri) =>
        Hris.SendAsync(fake, method, uri, TestTokens.Prefix + "key", "X-Api-Key");

    [Theory]
    [InlineData("https://api.eu.regional-hris.example/v3/people/p-1")]
    [InlineData("https://api.us.regional-hris.example/hris/v3/people/p-1")]
    public async Task Each_region_is_answered_under_its_own_base_path(string uri)
    {
        var fake = Regional();

        using var response = await Send(fake, HttpMethod.Get, uri);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("GetPersonAsync", Assert.Single(fake.Requests).Operation);
    }

    [Theory]
    [InlineData("https://api.eu.regional-hris.example/hris/v3/people/p-1")]
    [InlineData("https://api.regional-hris.example/v3/people/p-1")]
    public async Task Another_regions_base_path_or_the_host_that_hosts_replaces_is_404(string uri)
    {
        var fake = Regional();

        using var response = await Send(fake, HttpMethod.Get, uri);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(Assert.Single(fake.Requests).Operation);
    }

    [Fact]
    public async Task The_manifests_authHeader_and_fieldsParameter_are_used()
    {
        var fake = Regional();

        using var withKey = await Send(fake, HttpMethod.Get, "https://api.eu.regional-hris.example/v3/people/p-1?$select=id,name");
        using var withBearer = await Hris.GetAsync(fake, "https://api.eu.regional-hris.example/v3/people/p-1");

        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(new[] { "id", "name" }, fake.Requests[0].RequestedFields);
        Assert.Equal(HttpStatusCode.Unauthorized, withBearer.StatusCode);
    }

    [Fact]
    public async Task A_literal_route_wins_over_a_placeholder_and_a_number_id_matches_its_text()
    {
        var fake = Regional();

        using var me = await Send(fake, HttpMethod.Get, "https://api.eu.regional-hris.example/v3/people/me");
        using var byNumber = await Send(fake, HttpMethod.Get, "https://api.eu.regional-hris.example/v3/people/42");

        Assert.Equal("GetMeAsync", fake.Requests[0].Operation);
        Assert.Equal("""{"id":"p-1","name":"Ada"}""", await me.Content.ReadAsStringAsync());
        Assert.Equal("""{"id":42,"name":"Grace"}""", await byNumber.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_declared_scope_coverage_pair_grants_what_it_covers_and_the_route_query_is_not_part_of_the_match()
    {
        var denied = Regional();
        var covered = Regional().Grant("people:admin");

        using var refused = await Send(denied, HttpMethod.Patch, "https://api.eu.regional-hris.example/v3/people/p-1?notify=false");
        using var answered = await Send(covered, HttpMethod.Patch, "https://api.eu.regional-hris.example/v3/people/p-1?notify=false");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("UpdatePersonAsync", covered.Requests[0].Operation);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{ "schemaVersion": 1, "connectors": [] }""")]
    [InlineData("""{ "schemaVersion": 1 }""")]
    public void Text_that_is_not_a_manifest_is_refused(string text)
    {
        Assert.Throws<ArgumentException>(() => new FakeProvider(text));
    }

    [Theory]
    [InlineData("""{ "id": "e-1" }""")]
    [InlineData("""[{ "name": "no id" }]""")]
    [InlineData("""[{ "id": null }]""")]
    [InlineData("""["e-1"]""")]
    [InlineData("[")]
    public void Data_that_is_not_an_array_of_objects_with_an_id_is_refused(string json)
    {
        var fake = new FakeProvider(AcmeHris.AcmeHrisManifest.Json);

        Assert.Throws<ArgumentException>(() => fake.AddResource("employees", json));
    }

    [Fact]
    public async Task Resources_added_twice_are_both_served()
    {
        var fake = new FakeProvider(AcmeHris.AcmeHrisManifest.Json).Grant("employees:read")
            .AddResource("employees", """[{ "id": "e-1" }]""")
            .AddResource("employees", """[{ "id": "e-2" }]""");

        var list = await Hris.Client(fake).ListEmployeesAsync();

        Assert.Equal(new[] { "e-1", "e-2" }, list.Select(e => e.Id));
    }

    // Two connectors of one assembly on one host, each under its own base path with its own credential header.
    private const string TwoConnectors = """
        {
          "schemaVersion": 1,
          "connectors": [
            { "connector": "crm", "host": "shared.example", "baseUrl": "https://shared.example/crm/", "authHeader": "X-Crm-Key",
              "operations": [{ "name": "GetAccountAsync", "method": "GET", "route": "accounts/{id}", "requires": [], "projection": null, "returnsList": false }] },
            { "connector": "billing", "host": "shared.example", "baseUrl": "https://shared.example/billing/",
              "operations": [{ "name": "GetInvoiceAsync", "method": "GET", "route": "invoices/{id}", "requires": [], "projection": null, "returnsList": false }] }
          ]
        }
        """;

    [Fact]
    public async Task Each_connector_of_an_assembly_manifest_is_matched_by_base_path_and_checked_with_its_own_credential_header()
    {
        var fake = new FakeProvider(TwoConnectors)
            .AddResource("accounts", """[{ "id": "a-1" }]""")
            .AddResource("invoices", """[{ "id": "i-1" }]""");

        using var account = await Hris.SendAsync(fake, HttpMethod.Get, "https://shared.example/crm/accounts/a-1", TestTokens.Prefix + "crm", "X-Crm-Key");
        using var invoice = await Hris.GetAsync(fake, "https://shared.example/billing/invoices/i-1");
        using var invoiceWithCrmKey = await Hris.SendAsync(fake, HttpMethod.Get, "https://shared.example/billing/invoices/i-1", TestTokens.Prefix + "crm", "X-Crm-Key");

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized }, new[] { account.StatusCode, invoice.StatusCode, invoiceWithCrmKey.StatusCode });
        Assert.Equal(new[] { "crm", "billing", "billing" }, fake.Requests.Select(r => r.Connector));
        Assert.Equal(new[] { "***" }, fake.Requests[2].Headers.Where(h => h.Key == "X-Crm-Key").Select(h => h.Value));
    }
}
