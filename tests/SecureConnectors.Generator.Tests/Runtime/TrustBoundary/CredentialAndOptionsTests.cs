using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>Credentials that do not show themselves, keys that never expire as a visible decision, options checked early.</summary>
public sealed class CredentialAndOptionsTests
{
    private const string Marker = "SYNTHETIC-SECRET-MARKER-0000";

    [Fact]
    public async Task A_key_used_as_the_basic_user_name_is_sent_but_never_shown()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var credential = ConnectorCredential.Basic(new SecretString(Marker), new SecretString(""), DateTimeOffset.UtcNow.AddMinutes(5));
        var credentials = new TestCredentials { Next = _ => credential };

        await Clients.Hris(server, credentials).GetEmployeeAsync("e-1");

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Marker + ":")), Assert.Single(server.Requests).Headers["Authorization"]);
        Assert.Null(credential.User);
        Assert.DoesNotContain(Marker, credential.ToString());
        Assert.DoesNotContain(Marker, JsonSerializer.Serialize(credential));
    }

    [Fact]
    public void A_secret_string_shows_no_value_in_a_debugger_or_in_serialization()
    {
        var secret = new SecretString(Marker);

        Assert.Equal("***", typeof(SecretString).GetCustomAttribute<DebuggerDisplayAttribute>()!.Value);
        Assert.All(
            typeof(SecretString).GetFields(BindingFlags.Instance | BindingFlags.NonPublic),
            field => Assert.Equal(DebuggerBrowsableState.Never, field.GetCustomAttribute<DebuggerBrowsableAttribute>()!.State));
        Assert.DoesNotContain(Marker, JsonSerializer.Serialize(secret));
        Assert.DoesNotContain(Marker, secret.ToString());
    }

    [Fact]
    public async Task A_key_without_expiry_is_refused_unless_the_options_accept_it()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var credentials = new TestCredentials { Next = _ => ConnectorCredential.Bearer(new SecretString(TestCredentials.Token)) };

        var refused = await Assert.ThrowsAsync<CredentialException>(() => Clients.Hris(server, credentials).GetEmployeeAsync("e-1"));
        Assert.Contains("AllowNonExpiringCredentials", refused.Message);
        Assert.Empty(server.Requests);

        await Clients.Hris(server, credentials, configure: o => o.AllowNonExpiringCredentials = true).GetEmployeeAsync("e-1");
        Assert.Equal("Bearer " + TestCredentials.Token, Assert.Single(server.Requests).Headers["Authorization"]);
        Assert.Contains("never expires", ConnectorCredential.ApiKey(new SecretString(Marker)).ToString());
    }

    [Fact]
    public void Options_out_of_range_are_refused_where_they_are_set_naming_the_option()
    {
        var options = new ConnectorOptions();

        Assert.Equal("MaxResponseBytes", Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxResponseBytes = 0).ParamName);
        Assert.Equal("MaxResponseBytes", Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxResponseBytes = ConnectorOptions.MaxResponseBytesLimit + 1).ParamName);
        Assert.Equal("Timeout", Assert.Throws<ArgumentOutOfRangeException>(() => options.Timeout = TimeSpan.Zero).ParamName);
        Assert.Equal("MaxCredentialLifetime", Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxCredentialLifetime = TimeSpan.FromSeconds(-1)).ParamName);
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.MaxResponseBytes = ConnectorOptions.MaxResponseBytesLimit;
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void AddXxx_reports_invalid_options_as_an_options_validation_failure_when_they_are_resolved()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.AddTestHris(o => o.MaxResponseBytes = 0);
        using var container = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => container.GetRequiredService<ITestHris>());

        Assert.Contains("MaxResponseBytes", failure.Message);
    }

    [Fact]
    public void AddXxx_reports_an_allowed_host_that_is_not_a_host()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.AddTestHris(o => o.AllowedHosts.Add("https://hris.test.example/"));
        using var container = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => container.GetRequiredService<ITestHris>());

        Assert.Contains("AllowedHosts", failure.Message);
    }

    [Fact]
    public void AddXxx_validates_its_options_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new TestCredentials());
        services.AddTestHris(o => o.Timeout = TimeSpan.FromSeconds(-5));
        using var container = services.BuildServiceProvider();

        // What a host runs before it starts: every options instance registered with ValidateOnStart.
        var startup = container.GetRequiredService<IStartupValidator>();

        Assert.Contains("Timeout", Assert.Throws<OptionsValidationException>(startup.Validate).Message);
    }
}
