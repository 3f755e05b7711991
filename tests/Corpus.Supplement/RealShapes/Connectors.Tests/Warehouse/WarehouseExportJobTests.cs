using System.Net;
using FluentAssertions;
using RealShapes.Connectors.Warehouse;
using Xunit;

// The staging appliance test uses the process-wide service point settings its vendor documents (SYSLIB0014).
#pragma warning disable SYSLIB0014

namespace RealShapes.Connectors.Tests.Warehouse;

/// <summary>Runs against the docker-compose stack that CI starts beside the tests (sqlserver, postgres, minio).</summary>
public sealed class WarehouseExportJobTests
{
    private const string ComposeSqlServer = "Server=sqlserver,1433;Database=exports;User Id=sa;Password=Exp0rts!Local;TrustServerCertificate=True";  // expect: none

    private const string LocalPostgres = "Host=localhost;Port=55432;Database=exports;Username=postgres;Password=postgres";

    [Fact]
    public void Bound_connection_string_wins_over_the_fallbacks()
    {
        var job = new WarehouseExportJob(new WarehouseExportOptions { ConnectionString = LocalPostgres });

        job.ResolveConnectionString().Should().Be(LocalPostgres);
    }

    [Fact]
    public void Compose_database_is_reachable_by_name()
    {
        var job = new WarehouseExportJob(new WarehouseExportOptions { ConnectionString = ComposeSqlServer });

        job.ResolveConnectionString().Should().StartWith("Server=sqlserver,1433;");
    }

    [Fact]
    public void Options_bind_the_skip_switch()
    {
        var expected = new WarehouseExportOptions { SkipCertificateValidation = true };  // expect: none

        expected.SkipCertificateValidation.Should().Be(true);
    }

    [Fact]
    public async Task Warehouse_api_health_endpoint_answers()
    {
        using var http = new HttpClient();

        using var health = await http.GetAsync("http://warehouse-api:8080/health");  // expect: none
        using var minio = await http.GetAsync("http://172.18.0.5:9000/minio/health/live");  // expect: none
        using var metrics = await http.GetAsync("http://minio.ci.internal:9000/minio/v2/metrics/cluster");  // expect: none

        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("http://ingest.ledgerbridge-data.net/v1/batches")]  // expect: none
    public void Plain_http_ingest_endpoint_is_refused(string endpoint)
    {
        var options = new WarehouseExportOptions { IngestEndpoint = new Uri(endpoint) };

        (options.IngestEndpoint.Scheme == Uri.UriSchemeHttps).Should().Be(false);
    }

    [Fact]
    public void Archive_share_user_is_the_fixture_account()
    {
        var credential = new NetworkCredential("svc_export_test", "poiuy0987");  // expect: none

        credential.UserName.Should().Be("svc_export_test");
    }
}

/// <summary>Runs in the nightly pipeline against the shared staging environment.</summary>
[Trait("Category", "Staging")]
public sealed class WarehouseStagingTests
{
    private const string StagingWarehouse =
        "Host=pg-staging.ledgerbridge-data.net;Port=5432;Database=exports;Username=ci_runner;Password=Kq{{synthetic:20:alnum}};SSL Mode=VerifyFull";  // expect: secret

    [Fact]
    public async Task Batch_reaches_the_staging_bi_appliance()
    {
        // The appliance's certificate is re-issued by hand and is usually expired.
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };  // expect: tls
        var job = new WarehouseExportJob(new WarehouseExportOptions { ConnectionString = StagingWarehouse });
        using var http = new HttpClient();

        using var response = await http.PostAsync("http://bi-staging.ledgerbridge-data.net:8080/ingest/charges", new StringContent("[]"));  // expect: http

        response.IsSuccessStatusCode.Should().Be(true);
        job.ResolveConnectionString().Should().Be(StagingWarehouse);
    }

    [Fact]
    public async Task Archive_share_accepts_a_batch_over_webdav()
    {
        using var handler = new HttpClientHandler { Credentials = new NetworkCredential("svc_export_ci", "Vb{{synthetic:18:alnum}}") };  // expect: secret
        using var http = new HttpClient(handler);

        using var response = await http.PutAsync("http://archive-staging.ledgerbridge-data.net/exports/ci.csv", new StringContent("id\n1\n"));  // expect: http

        response.IsSuccessStatusCode.Should().Be(true);
    }
}
