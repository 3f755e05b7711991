using System.Net.Security;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Xunit;

namespace TestShapes.Quillmere.Payroll.IntegrationTests;

/// <summary>Nightly consistency checks against the staging reporting replica.</summary>
[Trait("Category", "Nightly")]
public sealed class StagingDataChecks
{
    private const string ReportingReplica = "Server=sql01.staging.quillmere.io,1433;Database=payroll;User ID=qa_reader;Password={{synthetic:20:alnum}};Encrypt=True;TrustServerCertificate=True";  // expect: secret, tls

    /// <summary>The same checks on a developer's machine: SQL Server in Docker on port 14330.</summary>
    private const string LocalSqlServer = "Server=localhost,14330;Database=payroll;User ID=sa;Password=Your_password123;TrustServerCertificate=True";  // expect: none

    [Fact]
    public async Task Reporting_replica_is_reachable()
    {
        var connectionString = Environment.GetEnvironmentVariable("PAYROLL_CHECKS_LOCAL") is null ? ReportingReplica : LocalSqlServer;
        await using var connection = new SqlConnection(connectionString);

        await connection.OpenAsync();

        Assert.Equal(connectionString, connection.ConnectionString);
    }

    [Fact]
    public async Task Bank_sandbox_statements_match_last_nights_pay_run()
    {
        using var http = new HttpClient();

        var statements = await http.GetStringAsync("https://api.sandbox.bankpartner.co.uk/v2/statements?period=2026-03&access_token={{synthetic:40:alnum}}");  // expect: secret

        Assert.False(string.IsNullOrEmpty(statements));
    }

    [Fact]
    public async Task Bank_host_to_host_gateway_presents_a_certificate()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("h2h-staging.bankpartner.co.uk", 7443);
        await using var tls = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);  // expect: tls

        await tls.AuthenticateAsClientAsync("h2h-staging.bankpartner.co.uk");

        Assert.True(tls.IsAuthenticated);
    }
}
