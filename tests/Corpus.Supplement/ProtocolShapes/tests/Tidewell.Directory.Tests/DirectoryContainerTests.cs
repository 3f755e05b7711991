using System.DirectoryServices.Protocols;
using System.Net;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using ProtocolShapes.Tidewell.Directory.Ldap;
using Xunit;

namespace ProtocolShapes.Tidewell.Directory.Tests;

/// <summary>OpenLDAP (osixia/openldap) with its documented admin account, started by the test on this machine.</summary>
public sealed class DirectoryContainerTests : IAsyncLifetime
{
    private const string AdminPassword = "admin";

    private readonly IContainer _ldap = new ContainerBuilder()
        .WithImage("osixia/openldap:1.5.0")
        .WithPortBinding(636, true)
        .WithEnvironment("LDAP_ADMIN_PASSWORD", AdminPassword)
        .Build();

    public Task InitializeAsync() => _ldap.StartAsync();

    public Task DisposeAsync() => _ldap.DisposeAsync().AsTask();

    [Fact]
    public void Admin_can_bind_over_ldaps()
    {
        using var connection = new LdapConnection(
            new LdapDirectoryIdentifier(_ldap.Hostname, _ldap.GetMappedPublicPort(636)),
            new NetworkCredential("cn=admin,dc=example,dc=org", AdminPassword),
            AuthType.Basic);
        connection.SessionOptions.SecureSocketLayer = true;
        connection.SessionOptions.VerifyServerCertificate = (_, _) => true;  // expect: none
        connection.Bind();
    }
}

/// <summary>Options and URL handling; no directory is contacted.</summary>
public sealed class DirectoryOptionsTests
{
    [Theory]
    [InlineData("ldap://dc-reno01.plant.northfield-outfitters.com:389", 389)]
    [InlineData("ldaps://dc01.corp.northfield-outfitters.com:636", 636)]
    public void Directory_urls_keep_their_port(string url, int port)
        => Assert.Equal(port, new Uri(url).Port);

    [Fact]
    public void Options_default_to_ldaps()
    {
        var options = new DirectorySyncOptions { Server = "dc01.corp.northfield-outfitters.com", BindPassword = "P@ssw0rd!" };  // expect: none
        Assert.True(options.UseLdaps);
        Assert.Equal(636, options.Port);
    }
}
