using System;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Plain transport and bad credentials stop a call before anything is sent, and are audited.</summary>
public sealed class RefusedCallTests
{
    [Fact]
    public async Task Plain_http_to_loopback_is_refused_unless_the_options_allow_it()
    {
        await using var server = await LocalProvider.StartAsync();
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
        var client = Clients.Hris(server, credentials, audit, o => o.AllowLoopbackHttp = false);

        var refused = await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetEmployeeAsync("e-1"));

        Assert.Equal("http", refused.Scheme);
        Assert.Empty(server.Requests);
        Assert.Empty(credentials.Requests);
        var auditEvent = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.InsecureTransport, auditEvent.Outcome);
        Assert.Null(auditEvent.StatusCode);
    }

    [Fact]
    public async Task Plain_http_to_a_remote_host_is_refused_even_when_loopback_http_is_allowed()
    {
        var credentials = new TestCredentials();
        var client = new TestHrisClient(Clients.Http(new Uri("http://hris.test.example/v1/")), credentials, options: new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        await Assert.ThrowsAsync<InsecureTransportException>(() => client.GetEmployeeAsync("e-1"));

        Assert.Empty(credentials.Requests);
    }

    public static TheoryData<string, Func<ConnectorCredential?>> BadCredentials() => new()
    {
        { "missing", () => null },
        { "empty", () => ConnectorCredential.Bearer(new SecretString(""), DateTimeOffset.UtcNow.AddMinutes(5)) },
        { "expired", () => ConnectorCredential.Bearer(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(-1)) },
        { "too long-lived", () => ConnectorCredential.Bearer(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddDays(30)) },
        { "header injection", () => ConnectorCredential.Bearer(new SecretString(TestCredentials.Token + "\r\nX-Evil: 1"), DateTimeOffset.UtcNow.AddMinutes(5)) },
        { "colon in user", () => ConnectorCredential.Basic("a:b", new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(5)) },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task A_bad_credential_is_refused_without_sending_or_revealing_it(string why, Func<ConnectorCredential?> credential)
    {
        await using var server = await LocalProvider.StartAsync();
        var audit = new RecordingAuditSink();
        var client = Clients.Hris(server, new TestCredentials { Next = _ => credential() }, audit);

        var refused = await Assert.ThrowsAsync<CredentialException>(() => client.GetEmployeeAsync("e-1"));

        Assert.Empty(server.Requests);
        Assert.DoesNotContain(TestCredentials.Token, refused.ToString());
        Assert.Equal(ConnectorCallOutcome.CredentialRejected, Assert.Single(audit.Events).Outcome);
        Assert.NotEmpty(why);
    }

    [Fact]
    public async Task The_lifetime_limit_is_an_option()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var credentials = new TestCredentials { Next = _ => ConnectorCredential.Bearer(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddHours(5)) };

        var employee = await Clients.Hris(server, credentials, configure: o => o.MaxCredentialLifetime = TimeSpan.FromHours(6)).GetEmployeeAsync("e-1");

        Assert.Equal("e-1", employee.Id);
    }

    [Fact]
    public void Secrets_and_credentials_print_redacted()
    {
        var secret = new SecretString(TestCredentials.Token);
        var credential = ConnectorCredential.Basic("svc", secret, DateTimeOffset.UnixEpoch);

        Assert.Equal("***", secret.ToString());
        Assert.Equal(TestCredentials.Token, secret.Reveal());
        Assert.DoesNotContain(TestCredentials.Token, credential.ToString());
        Assert.DoesNotContain(TestCredentials.Token, $"{secret} {credential}");
    }
}
