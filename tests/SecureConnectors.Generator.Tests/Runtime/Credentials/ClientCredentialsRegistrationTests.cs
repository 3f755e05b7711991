using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SecureConnectors.Generator.Tests.Connectors.LeastPrivilege;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Credentials;

/// <summary><c>services.AddClientCredentials(...)</c> beside a generated <c>AddXxx</c>.</summary>
public sealed class ClientCredentialsRegistrationTests
{
    private static ServiceProvider Container(TokenEndpoint endpoint, Action<ClientCredentialsOptions>? configure = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddClientCredentials(o =>
        {
            o.TokenEndpoint = endpoint.Address;
            o.ClientId = TokenEndpoint.ClientId;
            o.ClientSecret = new SecretString(TokenEndpoint.SecretValue);
            o.AllowLoopbackHttp = true;
            configure?.Invoke(o);
        });
        services.AddTestOAuthHris(o => { o.AllowLoopbackHttp = true; o.AllowedHosts.Add("127.0.0.1"); })
            .ConfigureHttpClient(http => http.BaseAddress = new Uri(endpoint.Api.Root, "v1/"));
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_registered_provider_serves_a_generated_client()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        using var container = Container(endpoint);
        var client = container.GetRequiredService<ITestOAuthHris>();

        var person = await client.GetPersonAsync("p-1");
        await client.GetPersonAsync("p-2");
        await client.GetPayslipAsync("s-1");

        Assert.Equal("Ada Example", person.Name);
        Assert.IsType<ClientCredentialsProvider>(container.GetRequiredService<ICredentialProvider>());
        Assert.Same(container.GetRequiredService<ICredentialProvider>(), container.GetRequiredService<ICredentialProvider>());
        Assert.Equal(new[] { "people:read", "payroll:read" }, endpoint.Forms.Select(f => f["scope"]));
        Assert.Equal(
            new[] { "Bearer " + TokenEndpoint.Issued(1), "Bearer " + TokenEndpoint.Issued(1), "Bearer " + TokenEndpoint.Issued(2) },
            endpoint.TokensSentToApi);
    }

    [Fact]
    public async Task Options_are_validated_when_the_provider_is_resolved_without_showing_the_secret()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        using var container = Container(endpoint, o => o.ClientId = "");

        var failure = Assert.Throws<OptionsValidationException>(() => container.GetRequiredService<ICredentialProvider>());

        Assert.Contains("ClientId", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenEndpoint.SecretValue, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_remote_token_endpoint_fails_validation()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        using var container = Container(endpoint, o => o.TokenEndpoint = new Uri("http://auth.test.example/token"));

        var failure = Assert.Throws<OptionsValidationException>(() => container.GetRequiredService<ICredentialProvider>());

        Assert.Contains("https", failure.Message, StringComparison.Ordinal);
        Assert.Empty(endpoint.Server.Requests);
    }

    [Fact]
    public async Task The_token_client_never_follows_a_redirect_even_when_configured_to()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.Server.Respond = c =>
        {
            c.Response.StatusCode = 307;
            c.Response.Headers.Location = "/elsewhere/token";
            return Task.CompletedTask;
        };
        using var container = Container(endpoint, o => o.SendClientCredentialsInBody = true, services =>
            services.AddHttpClient(ClientCredentialsServiceCollectionExtensions.ClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = true }));

        await Assert.ThrowsAsync<CredentialException>(() => container.GetRequiredService<ITestOAuthHris>().GetPersonAsync("p-1"));

        Assert.Equal(new[] { "/oauth/token" }, endpoint.Server.Requests.Select(r => r.PathAndQuery));
        Assert.Empty(endpoint.Api.Requests);
    }

    [Fact]
    public async Task A_time_provider_in_the_container_is_the_providers_clock()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.ExpiresIn = 120;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var container = Container(endpoint, more: services => services.AddSingleton<TimeProvider>(time));
        var client = container.GetRequiredService<ITestOAuthHris>();

        await client.GetPersonAsync("p-1");
        time.Advance(TimeSpan.FromSeconds(61));
        await client.GetPersonAsync("p-1");

        Assert.Equal(2, endpoint.Server.Requests.Count);
    }
}
