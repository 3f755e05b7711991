using System.Linq;
using System.Threading.Tasks;
using AcmeHris;
using Microsoft.Extensions.DependencyInjection;
using SecureConnectors.Testing.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Testing.Tests;

/// <summary>The connector registered as the application registers it, with the fake as the primary handler.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task AddAcmeHris_with_the_fake_as_primary_handler_sends_every_call_through_it()
    {
        var fake = Hris.Fake();
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(TestTokens.Bearer());
        services.AddAcmeHris(options => options.Tenant = "contoso").ConfigurePrimaryHttpMessageHandler(() => fake);
        await using var container = services.BuildServiceProvider();

        var hris = container.GetRequiredService<IAcmeHris>();
        var entries = await hris.ListEmployeesAsync();
        var one = await hris.GetEmployeeAsync("e-1003");

        Assert.Equal(3, entries.Count);
        Assert.Equal("Alan Example", one.DisplayName);
        Assert.Equal(new[] { "ListEmployeesAsync", "GetEmployeeAsync" }, fake.Requests.Select(r => r.Operation));
        ConnectorAssert.NoCallWithoutCredential(fake);
        ConnectorAssert.OnlyProjectedFieldsRequested(fake);
        ConnectorAssert.CredentialOnlyToDeclaredHosts(fake);
    }
}
