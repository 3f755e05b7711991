using Testcontainers.Kafka;
using Testcontainers.Keycloak;
using Testcontainers.PostgreSql;
using Testcontainers.Redis;
using Xunit;

namespace TestShapes.Quillmere.Payroll.IntegrationTests;

/// <summary>One set of containers per test class: PostgreSQL, Redis, Kafka and a Keycloak that imports the test realm.</summary>
public sealed class ContainersFixture : IAsyncLifetime
{
    /// <summary>The CI job's sidecar PostgreSQL (docker-compose.ci.yml), for the migration tests that need its extensions.</summary>
    public const string CiPostgres = "Host=postgres;Port=5432;Database=payroll_ci;Username=payroll;Password=Ci!Payroll2026";  // expect: none

    /// <summary>The mail catcher of docker-compose.ci.yml, reached by its service name.</summary>
    public const string MailpitApi = "http://mailpit:8025/api/v1/";  // expect: none

    public PostgreSqlContainer Postgres { get; } = new PostgreSqlBuilder()
        .WithImage("postgres:16-alpine")
        .WithDatabase("payroll")
        .WithUsername("postgres")
        .WithPassword("postgres")
        .Build();

    public RedisContainer Redis { get; } = new RedisBuilder().WithImage("redis:7.4-alpine").Build();

    public KafkaContainer Kafka { get; } = new KafkaBuilder().WithImage("confluentinc/cp-kafka:7.6.1").Build();

    public KeycloakContainer Keycloak { get; } = new KeycloakBuilder()
        .WithImage("quay.io/keycloak/keycloak:26.0")
        .WithUsername("admin")
        .WithPassword("admin")  // expect: none
        .WithResourceMapping("Realms/quillmere-realm.json", "/opt/keycloak/data/import/")
        .WithCommand("--import-realm")
        .Build();

    public Task InitializeAsync() => Task.WhenAll(Postgres.StartAsync(), Redis.StartAsync(), Kafka.StartAsync(), Keycloak.StartAsync());

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await Redis.DisposeAsync();
        await Kafka.DisposeAsync();
        await Keycloak.DisposeAsync();
    }
}
