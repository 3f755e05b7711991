using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>The declared BaseUrl bounds where the credential goes: a BaseAddress elsewhere is refused before sending.</summary>
public sealed class BaseAddressTests
{
    [Fact]
    public async Task A_base_address_on_a_host_that_is_neither_declared_nor_allowed_is_refused_with_nothing_sent()
    {
        await using var server = await LocalProvider.StartAsync();
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
        var client = new TestHrisClient(
            Clients.Http(new Uri($"http://localhost:{server.Root.Port}/v1/")), credentials, audit,
            new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        var refused = await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetEmployeeAsync("e-1"));

        Assert.Contains("AllowedHosts", refused.Message);
        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.InsecureTransport, auditEvent.Outcome);
        Assert.Empty(auditEvent.ScopesUsed);
        Assert.Null(auditEvent.Host);
    }

    [Fact]
    public async Task An_app_wide_default_base_address_does_not_receive_the_providers_credential()
    {
        await using var appApi = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"app's own"}"""));
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.ConfigureHttpClientDefaults(defaults => defaults.ConfigureHttpClient(http => http.BaseAddress = new Uri($"http://localhost:{appApi.Root.Port}/")));
        services.AddTestHris(o => o.AllowLoopbackHttp = true);
        using var container = services.BuildServiceProvider();

        await Assert.ThrowsAsync<InsecureTransportException>(() => container.GetRequiredService<ITestHris>().GetEmployeeAsync("e-1"));

        Assert.Empty(appApi.Requests);
    }

    [Fact]
    public void A_suffix_entry_allows_subdomains_but_not_the_bare_domain_or_a_look_alike()
    {
        var options = new ConnectorOptions { AllowedHosts = { ".test.example" } };
        var hosts = new SecureConnectors.Runtime.HostAllowList(Array.Empty<string>(), options.AllowedHosts);

        Assert.True(hosts.Allows(new Uri("https://api.test.example/")));
        Assert.True(hosts.Allows(new Uri("https://API.Test.Example./")));
        Assert.False(hosts.Allows(new Uri("https://test.example/")));
        Assert.False(hosts.Allows(new Uri("https://badtest.example/")));
        Assert.False(hosts.Allows(new Uri("https://test.example.attacker.example/")));
    }

    [Fact]
    public void Localhost_and_the_loopback_address_are_different_entries()
    {
        var hosts = new SecureConnectors.Runtime.HostAllowList(Array.Empty<string>(), new[] { "localhost", "::1" });

        Assert.True(hosts.Allows(new Uri("http://localhost:5000/")));
        Assert.True(hosts.Allows(new Uri("http://[::1]:5000/")));
        Assert.False(hosts.Allows(new Uri("http://127.0.0.1:5000/")));
    }

    [Theory]
    [InlineData("https://api.test.example")]
    [InlineData("api.test.example:443")]
    [InlineData("*.test.example")]
    [InlineData("api.test.example/v1")]
    [InlineData("")]
    [InlineData(" api.test.example")]
    public void An_allowed_host_that_is_not_a_host_is_refused_when_the_client_is_built(string entry)
    {
        var options = new ConnectorOptions { AllowedHosts = { entry } };

        var refused = Assert.Throws<ArgumentException>(() => new TestHrisClient(new HttpClient(), new TestCredentials(), options: options));

        Assert.Contains("AllowedHosts", refused.Message);
    }

    [Fact]
    public async Task A_change_of_the_allowed_hosts_applies_to_the_next_call()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var options = new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } };
        var client = new TestHrisClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), options: options);

        await client.GetEmployeeAsync("e-1");
        options.AllowedHosts.Clear();
        await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetEmployeeAsync("e-1"));
        options.AllowedHosts.Add("127.0.0.1");
        await client.GetEmployeeAsync("e-1");

        Assert.Equal(2, server.Requests.Count);
    }
}
