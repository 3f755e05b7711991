using System;
using System.Net.Http;
using System.Threading.Tasks;
using AcmeHris;
using SecureConnectors.Testing.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Testing.Tests;

/// <summary>Each assertion passes on what the generated client sends, and fails on a request built to break it.</summary>
public sealed class ConnectorAssertTests
{
    [Fact]
    public async Task Every_assertion_passes_on_the_generated_clients_calls()
    {
        var fake = Hris.Fake();
        var client = Hris.Client(fake);

        await client.GetEmployeeAsync("e-1001");
        await client.ListEmployeesAsync();

        ConnectorAssert.NoCallWithoutCredential(fake);
        ConnectorAssert.OnlyProjectedFieldsRequested(fake);
        ConnectorAssert.CredentialOnlyToDeclaredHosts(fake);
    }

    [Fact]
    public async Task NoCallWithoutCredential_names_the_request_that_carried_none()
    {
        var fake = Hris.Fake();
        await Hris.Client(fake).GetEmployeeAsync("e-1001");
        using var _ = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1002", authorization: null);

        var failure = Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.NoCallWithoutCredential(fake));

        Assert.Contains("1 of 2 requests", failure.Message, StringComparison.Ordinal);
        Assert.Contains("GET employees/{id} (acme-hris.GetEmployeeAsync)", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("e-1002", failure.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(failure.Violations).HasCredential);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    public async Task NoCallWithoutCredential_counts_an_empty_credential_as_none(string authorization)
    {
        var fake = Hris.Fake();
        using var response = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001", authorization);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.NoCallWithoutCredential(fake));
    }

    [Fact]
    public async Task OnlyProjectedFieldsRequested_names_a_field_no_projection_reads()
    {
        var fake = Hris.Fake().Grant("compensation:read");
        using var _ = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001?fields=id,displayName,salary");

        var failure = Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.OnlyProjectedFieldsRequested(fake));

        Assert.Contains("GET employees/{id} (acme-hris.GetEmployeeAsync): salary", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("displayName", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyProjectedFieldsRequested_passes_a_request_that_asks_for_part_of_the_projection()
    {
        var fake = Hris.Fake();
        using var _ = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/employees/e-1001?fields=id,workEmail");

        ConnectorAssert.OnlyProjectedFieldsRequested(fake);
    }

    [Fact]
    public async Task OnlyProjectedFieldsRequested_fails_a_request_for_fields_that_matched_no_operation()
    {
        var fake = Hris.Fake();
        using var _ = await Hris.GetAsync(fake, "https://api.acme-hris.example/v2/payroll?fields=id");

        var failure = Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.OnlyProjectedFieldsRequested(fake));

        Assert.Contains("GET api.acme-hris.example/v2/payroll (no declared operation): id", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredentialOnlyToDeclaredHosts_names_the_undeclared_host_and_never_the_credential()
    {
        var fake = Hris.Fake();
        await Hris.Client(fake).GetEmployeeAsync("e-1001");
        using var _ = await Hris.GetAsync(fake, "https://hris-mirror.example/v2/employees/e-1001");

        var failure = Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.CredentialOnlyToDeclaredHosts(fake));

        Assert.Contains("hris-mirror.example", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestTokens.Prefix, failure.Message, StringComparison.Ordinal);
        Assert.Equal("hris-mirror.example", Assert.Single(failure.Violations).Uri.Host);
    }

    [Fact]
    public async Task CredentialOnlyToDeclaredHosts_catches_a_client_pointed_at_an_allowed_but_undeclared_host()
    {
        // A user's configuration mistake: AllowedHosts lets the client send the credential to a host the connector does
        // not declare. The client allows it; the assertion is what catches it.
        var fake = Hris.Fake();
        var options = new ConnectorOptions { AllowedHosts = { "hris-staging.example" } };
        var client = new AcmeHrisClient(new HttpClient(fake) { BaseAddress = new Uri("https://hris-staging.example/v2/") }, TestTokens.Bearer(), null, options);

        await Assert.ThrowsAsync<ConnectorException>(() => client.GetEmployeeAsync("e-1001"));

        Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.CredentialOnlyToDeclaredHosts(fake));
    }

    [Fact]
    public async Task CredentialOnlyToDeclaredHosts_passes_a_request_to_an_undeclared_host_that_carried_no_credential()
    {
        var fake = Hris.Fake();
        using var _ = await Hris.GetAsync(fake, "https://hris-mirror.example/v2/employees/e-1001", authorization: null);

        ConnectorAssert.CredentialOnlyToDeclaredHosts(fake);
        Assert.Throws<ConnectorAssertException>(() => ConnectorAssert.NoCallWithoutCredential(fake));
    }

    [Fact]
    public void Every_assertion_fails_on_a_fake_that_received_nothing()
    {
        var fake = Hris.Fake();

        foreach (Action<FakeProvider> assertion in new Action<FakeProvider>[]
                 {
                     ConnectorAssert.NoCallWithoutCredential, ConnectorAssert.OnlyProjectedFieldsRequested, ConnectorAssert.CredentialOnlyToDeclaredHosts,
                 })
        {
            var failure = Assert.Throws<ConnectorAssertException>(() => assertion(fake));
            Assert.Contains("received no request", failure.Message, StringComparison.Ordinal);
            Assert.Empty(failure.Violations);
        }
    }
}
