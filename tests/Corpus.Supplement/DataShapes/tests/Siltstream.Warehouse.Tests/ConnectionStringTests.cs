using DataShapes.Siltstream.Warehouse;
using Microsoft.Data.SqlClient;
using Npgsql;
using Xunit;

namespace DataShapes.Siltstream.Warehouse.Tests;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Compose_server_keeps_its_trust_setting()
    {
        var builder = new SqlConnectionStringBuilder("Server=sqlserver,1433;Database=dw;User Id=sa;Password=Str0ng!Passw0rd;TrustServerCertificate=True");  // expect: none
        Assert.True(builder.TrustServerCertificate);
    }

    [Fact]
    public void Redactor_masks_the_password()
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "postgres", Username = "ingest", Password = "ingest-test-pw" };  // expect: none
        var redacted = ConnectionStringRedactor.Redact(builder.ConnectionString);
        Assert.Equal("host=postgres;username=ingest;password=***", redacted);
    }

    [Fact]
    public void Redactor_masks_the_account_key()
    {
        const string connectionString = "DefaultEndpointsProtocol=https;AccountName=siltstreamexports;AccountKey=Zm9vYmFyZm9vYmFyZm9vYmFy;EndpointSuffix=core.windows.net";  // expect: none
        Assert.False(ConnectionStringRedactor.Redact(connectionString).Contains("Zm9vYmFy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=pg-analytics.siltstream-data.com;SSL Mode=Disable", SslMode.Disable)]  // expect: none
    [InlineData("Host=pg-analytics.siltstream-data.com;SSL Mode=VerifyFull", SslMode.VerifyFull)]
    public void Parses_the_ssl_mode(string connectionString, SslMode expected)
    {
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(connectionString).SslMode);
    }

    [Fact]
    public void Finance_replica_trusts_the_server_certificate()
    {
        // Documents the known exception (INGEST-377) so that removing it is a deliberate change.
        var connection = new SqlServerConnectionFactory(null!, null!).OpenFinanceReplica("finance-replica-test-password");  // expect: none
        Assert.True(new SqlConnectionStringBuilder(connection.ConnectionString).TrustServerCertificate);
    }
}
