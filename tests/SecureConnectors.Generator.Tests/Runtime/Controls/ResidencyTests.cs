using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Residency;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Controls;

/// <summary>
/// Data residency: a connector with regions sends each call to its region's host only; no region, or an undeclared
/// one, is refused before a credential is requested, and nothing falls back to another region.
/// </summary>
public sealed class ResidencyTests : IAsyncLifetime
{
    private const string EuHost = "api.eu.hris.test.example";
    private const string UsHost = "api.us.hris.test.example";
    private const string Record = """{"id":"e-1","displayName":"Ada","ssn":"000-00-0000","salary":1}""";

    private LocalProvider eu = null!;
    private LocalProvider us = null!;

    public async Task InitializeAsync()
    {
        eu = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Record));
        us = await LocalProvider.StartAsync(c => LocalProvider.Json(c, c.Request.Path.Value!.EndsWith("/employees", StringComparison.Ordinal) ? "[" + Record + "]" : Record));
    }

    public async Task DisposeAsync()
    {
        await eu.DisposeAsync();
        await us.DisposeAsync();
    }

    [Fact]
    public async Task A_tenant_in_eu_reaches_only_the_eu_host_and_one_in_us_only_the_us_host()
    {
        var (client, router, credentials, audit) = Build(new ConnectorOptions());

        using (ConnectorContext.Begin("contoso", "alice", "eu"))
        {
            await client.GetEmployeeAsync("e-1");
        }

        using (ConnectorContext.Begin("fabrikam", "bob", "us"))
        {
            await client.ListEmployeesAsync();
        }

        Assert.Equal(["https://api.eu.hris.test.example/v2/employees/e-1?fields=id,displayName,ssn,salary", "https://api.us.hris.test.example/v2/employees?fields=id,displayName,ssn,salary"],
            router.Sent.Select(u => u.AbsoluteUri));
        Assert.Single(eu.Requests);
        Assert.Single(us.Requests);
        Assert.Equal(["eu", "us"], audit.Events.Select(e => e.Region));
        Assert.Equal([EuHost, UsHost], audit.Events.Select(e => e.Host));
        Assert.Equal(2, credentials.Requests.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("apac")]
    [InlineData("EU")]
    public async Task A_call_without_a_declared_region_is_refused_before_a_credential_is_requested(string? region)
    {
        var (client, router, credentials, audit) = Build(new ConnectorOptions());

        using (ConnectorContext.Begin("contoso", "alice", region))
        {
            var refused = await Assert.ThrowsAsync<ResidencyException>(() => client.GetEmployeeAsync("e-1"));
            Assert.Equal(region, refused.Region);
            Assert.DoesNotContain("e-1", refused.Message, StringComparison.Ordinal);
        }

        Assert.Empty(router.Sent);
        Assert.Empty(credentials.Requests);
        var refusedEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.Denied, refusedEvent.Outcome);
        Assert.Equal(region, refusedEvent.Region);
        Assert.Empty(refusedEvent.ScopesUsed);
        Assert.Empty(refusedEvent.FieldsRead);
        Assert.Null(refusedEvent.Host);
    }

    [Fact]
    public async Task A_refused_call_is_counted_in_the_metrics_as_denied()
    {
        var denied = 0L;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SecureConnectors.Runtime.ConnectorTelemetry.MeterName && instrument.Name == SecureConnectors.Runtime.ConnectorTelemetry.CallsInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var tagged = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            if (tagged["secure_connectors.connector"] == "regional-hris" && tagged["secure_connectors.operation"] == "ListEmployeesAsync"
                && tagged["secure_connectors.outcome"] == "Denied")
            {
                System.Threading.Interlocked.Add(ref denied, value);
            }
        });
        listener.Start();
        var (client, _, _, _) = Build(new ConnectorOptions());

        await Assert.ThrowsAsync<ResidencyException>(() => client.ListEmployeesAsync());

        Assert.Equal(1, System.Threading.Interlocked.Read(ref denied));
    }

    [Fact]
    public async Task The_context_region_wins_over_the_options_and_the_options_region_applies_without_one()
    {
        var (client, router, _, audit) = Build(new ConnectorOptions { Region = "us" });

        await client.GetEmployeeAsync("e-1");
        using (ConnectorContext.Begin(null, null, "eu"))
        {
            await client.GetEmployeeAsync("e-1");
        }

        Assert.Equal([UsHost, EuHost], router.Sent.Select(u => u.Host));
        Assert.Equal(["us", "eu"], audit.Events.Select(e => e.Region));
    }

    [Fact]
    public async Task An_HttpClient_BaseAddress_does_not_replace_the_region_url()
    {
        // The BaseAddress is even an allowed host: it still stands in only for a connector's own BaseUrl.
        var options = new ConnectorOptions { Region = "eu", AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } };
        var (client, router, _, _) = Build(options, baseAddress: us.Root);

        await client.GetEmployeeAsync("e-1");

        Assert.Equal(EuHost, Assert.Single(router.Sent).Host);
        Assert.Single(eu.Requests);
        Assert.Empty(us.Requests);
    }

    [Fact]
    public async Task A_redirect_to_another_region_is_refused_not_followed()
    {
        eu.Respond = context =>
        {
            context.Response.StatusCode = 307;
            context.Response.Headers.Location = "https://api.us.hris.test.example/v2/employees/e-1";
            return Task.CompletedTask;
        };

        // Even listed in AllowedHosts: residency is declared, not configured.
        var (client, router, _, audit) = Build(new ConnectorOptions { Region = "eu", AllowedHosts = { UsHost } });

        await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetEmployeeAsync("e-1"));

        Assert.Equal(EuHost, Assert.Single(router.Sent).Host);
        Assert.Empty(us.Requests);
        Assert.Equal(ConnectorCallOutcome.InsecureTransport, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public void The_manifest_lists_every_region_and_host_and_no_base_url()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(RegionalHrisManifest.Json);
        var root = manifest.RootElement;

        Assert.Equal([EuHost, UsHost], root.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["eu", "us"], root.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal("https://api.eu.hris.test.example/v2/", root.GetProperty("regions")[0].GetProperty("baseUrl").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("baseUrl").ValueKind);
    }

    private (RegionalHrisClient Client, DeclaredHostRouter Router, TestCredentials Credentials, RecordingAuditSink Audit) Build(ConnectorOptions options, Uri? baseAddress = null)
    {
        var router = new DeclaredHostRouter(new Dictionary<string, Uri> { [EuHost] = eu.Root, [UsHost] = us.Root });
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
        var http = new HttpClient(router) { BaseAddress = baseAddress };
        return (new RegionalHrisClient(http, credentials, audit, options, roles: new StaticRoles()), router, credentials, audit);
    }
}
