using SecureConnectors.Analyzers.Rules.Transport;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>Which server a connection string names, and whether it is remote: ports, instances, protocol prefixes, user info and host lists aside.</summary>
public sealed class ConnectionStringHostsTests
{
    [Theory]
    [InlineData("Server=tcp:ledger.database.windows.net,1433;Encrypt=False", "ledger.database.windows.net")]
    [InlineData("Data Source=sql01.payroll.corp\\HR;Initial Catalog=Payroll", "sql01.payroll.corp")]
    [InlineData("Host=localhost,pg2.contoso.com:5433;Database=hr", "pg2.contoso.com")]
    [InlineData("SERVER = 'mysql.contoso.com' ; SslMode=None", "mysql.contoso.com")]
    [InlineData("mongodb://svc:p%40ss@routes-0.contoso.com:27017,routes-1.contoso.com/?tls=false", "routes-0.contoso.com")]
    [InlineData("mongodb+srv://cluster0.contoso.com/db?tls=false", "cluster0.contoso.com")]
    [InlineData("cache.contoso.com:6380,abortConnect=false,ssl=false", "cache.contoso.com")]
    [InlineData("Server=10.20.30.40;Encrypt=False", "10.20.30.40")]
    [InlineData("Server=sqlserver,1433;TrustServerCertificate=true", null)]
    [InlineData("Server=(localdb)\\MSSQLLocalDB;Encrypt=False", null)]
    [InlineData("Server=.;Database=Orders", null)]
    [InlineData("Server=127.0.0.1;Encrypt=False", null)]
    [InlineData("mongodb://[::1]:27017/?tls=false", null)]
    [InlineData("Host=db.example.com;SSL Mode=Disable", null)]
    [InlineData("Database=Orders;Encrypt=False", null)]
    [InlineData("://?tls=false", null)]
    [InlineData("", null)]
    public void Names_the_first_remote_server(string connectionString, string? host) =>
        Assert.Equal(host, ConnectionStringHosts.FirstRemoteHost(connectionString));
}
