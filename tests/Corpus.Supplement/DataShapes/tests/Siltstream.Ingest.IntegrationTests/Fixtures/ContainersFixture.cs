using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Testcontainers.MsSql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Xunit;

namespace DataShapes.Siltstream.Ingest.IntegrationTests.Fixtures;

/// <summary>Starts the ingest worker's dependencies in containers, once per test collection.</summary>
public sealed class ContainersFixture : IAsyncLifetime
{
    private readonly PostgreSqlContainer _postgres = new PostgreSqlBuilder()
        .WithImage("postgres:16-alpine")
        .WithDatabase("analytics")
        .WithUsername("ingest")
        .WithPassword("Ingest!Fixture2026")  // expect: none
        .Build();

    private readonly MsSqlContainer _sqlServer = new MsSqlBuilder()
        .WithImage("mcr.microsoft.com/mssql/server:2022-latest")
        .WithPassword("yourStrong(!)Password")  // expect: none
        .Build();

    private readonly RabbitMqContainer _rabbitMq = new RabbitMqBuilder()
        .WithImage("rabbitmq:3.13-management")
        .WithUsername("ingest")
        .WithPassword("ingest")
        .Build();

    private readonly IContainer _azurite = new ContainerBuilder()
        .WithImage("mcr.microsoft.com/azure-storage/azurite")
        .WithPortBinding(10000, true)
        .Build();

    public string AnalyticsConnectionString => _postgres.GetConnectionString();

    public string WarehouseConnectionString => _sqlServer.GetConnectionString() + ";TrustServerCertificate=True";  // expect: none

    public string BrokerUri => _rabbitMq.GetConnectionString();

    public string StorageConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://{_azurite.Hostname}:{_azurite.GetMappedPublicPort(10000)}/devstoreaccount1;";  // expect: none

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_postgres.StartAsync(), _sqlServer.StartAsync(), _rabbitMq.StartAsync(), _azurite.StartAsync());
    }

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _sqlServer.DisposeAsync();
        await _rabbitMq.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
