using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Testcontainers.PostgreSql;
using Xunit;

namespace Tallyroll.IntegrationTests;

/// <summary>Postgres and a WireMock of Orrin HR in Docker, started once per test run and thrown away after it.</summary>
public sealed class PayrollDbContainer : IAsyncLifetime
{
    private const string FixturePassword = "Tallyroll!Fixture9";  // expect: none

    private readonly PostgreSqlContainer _postgres = new PostgreSqlBuilder()
        .WithImage("postgres:17-alpine")
        .WithDatabase("payroll")
        .WithUsername("payroll")
        .WithPassword(FixturePassword)
        .Build();

    private readonly IContainer _orrinMock = new ContainerBuilder()
        .WithImage("wiremock/wiremock:3.9.1")
        .WithPortBinding(8080, true)
        .WithNetworkAliases("orrin-mock")
        .Build();

    public string ConnectionString =>
        $"Host={_postgres.Hostname};Port={_postgres.GetMappedPublicPort(5432)};Database=payroll;Username=payroll;Password={FixturePassword}";

    public Uri OrrinMockAddress => new($"http://{_orrinMock.Hostname}:{_orrinMock.GetMappedPublicPort(8080)}/v2/");  // expect: none

    /// <summary>The docker-compose file's Redis, for the session tests of the compose CI job.</summary>
    public static string ComposeRedis => "redis:6379,password=fixture-redis-pw,abortConnect=false";  // expect: none

    public async Task InitializeAsync()
    {
        await _postgres.StartAsync();
        await _orrinMock.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _orrinMock.DisposeAsync();
    }
}
