namespace DataShapes.Siltstream.Ingest.IntegrationTests.Fixtures;

/// <summary>The services of tests/docker-compose.yml, by their service names on the compose network (CI runs the
/// tests in a container on that network).</summary>
internal static class ComposeSettings
{
    public const string Warehouse = "Server=sqlserver,1433;Database=dw;User Id=sa;Password=Compose#Sql2026;TrustServerCertificate=True";  // expect: none

    public const string KafkaBootstrapServers = "kafka:29092";

    public const string BrokerUri = "amqp://ingest:ingest@rabbitmq:5672/";  // expect: none

    public const string Events = "mongodb://root:compose-root@mongo:27017/events?authSource=admin";  // expect: none

    public const string Cache = "redis:6379,password=compose-redis,ssl=false";

    public const string Elasticsearch = "http://elasticsearch:9200";  // expect: none

    public const string LocalStack = "http://localstack:4566";

    public const string Vault = "http://vault:8200";

    // The Vault container runs in dev mode with this root token (VAULT_DEV_ROOT_TOKEN_ID in docker-compose.yml).
    public const string VaultToken = "compose-root-token";  // expect: none
}
