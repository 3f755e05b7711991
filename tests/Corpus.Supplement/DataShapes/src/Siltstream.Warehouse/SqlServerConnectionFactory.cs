using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Warehouse;

public sealed class SqlServerConnectionFactory(IConfiguration configuration, ILogger<SqlServerConnectionFactory> logger)
{
    public SqlConnection OpenWarehouse()
    {
        var builder = new SqlConnectionStringBuilder(configuration.GetConnectionString("Warehouse"))
        {
            ApplicationName = "siltstream-ingest",
            ConnectTimeout = 30,
        };
        logger.LogInformation("Connecting to {ConnectionString}", ConnectionStringRedactor.Redact(builder.ConnectionString));  // expect: none
        return new SqlConnection(builder.ConnectionString);
    }

    /// <summary>The finance replica still runs SQL Server 2014 with the certificate it generated at install.</summary>
    public SqlConnection OpenFinanceReplica(string password)
    {
        var builder = new SqlConnectionStringBuilder
        {
            DataSource = "sql-finance-replica.siltstream-data.com,1433",
            InitialCatalog = "finance",
            UserID = "siltstream_etl",
            Password = password,
            Encrypt = SqlConnectionEncryptOption.Mandatory,
            TrustServerCertificate = true,  // expect: tls
        };
        return new SqlConnection(builder.ConnectionString);
    }

    public SqlConnection OpenStaging()
    {
        var builder = new SqlConnectionStringBuilder("Server=sql-staging.siltstream-data.com;Database=staging;User ID=etl_staging;Encrypt=True");
        builder["Password"] = Environment.GetEnvironmentVariable("STAGING_SQL_PASSWORD");  // expect: none
        return new SqlConnection(builder.ConnectionString);
    }
}
