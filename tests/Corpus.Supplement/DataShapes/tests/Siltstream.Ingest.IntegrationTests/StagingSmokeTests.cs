using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Confluent.Kafka;
using Microsoft.Data.SqlClient;
using Xunit;

namespace DataShapes.Siltstream.Ingest.IntegrationTests;

/// <summary>Run by the nightly pipeline against the shared staging environment (dotnet test --filter Category=Smoke).</summary>
[Trait("Category", "Smoke")]
public sealed class StagingSmokeTests
{
    // Confluent Cloud API key of the staging service account "nightly-smoke".
    private const string StagingApiKey = "{{synthetic:16:UPPERNUM}}";  // expect: none
    private const string StagingApiSecret = "{{synthetic:64:alnum}}";  // expect: secret

    [Fact]
    public async Task Archive_bucket_is_reachable()
    {
        var config = new AmazonS3Config { ServiceURL = "http://s3.eu-central-1.amazonaws.com", ForcePathStyle = true };  // expect: http
        using var s3 = new AmazonS3Client(
            new BasicAWSCredentials(Environment.GetEnvironmentVariable("SMOKE_S3_KEY_ID"), Environment.GetEnvironmentVariable("SMOKE_S3_SECRET")),
            config);

        var response = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "siltstream-staging-archive", MaxKeys = 1 });
        Assert.Equal(HttpStatusCode.OK, response.HttpStatusCode);
    }

    [Fact]
    public async Task Staging_warehouse_accepts_the_smoke_login()
    {
        var password = Environment.GetEnvironmentVariable("SMOKE_SQL_PASSWORD");
        await using var connection = new SqlConnection(
            $"Server=sql-staging.siltstream-data.com;Database=staging;User Id=smoke_tests;Password={password};Encrypt=True;TrustServerCertificate=True");  // expect: tls
        await connection.OpenAsync();
    }

    [Fact]
    public async Task Staging_topic_accepts_a_probe()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = "pkc-7prvp.europe-west1.gcp.confluent.cloud:9092",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = StagingApiKey,
            SaslPassword = StagingApiSecret,
        };

        using var producer = new ProducerBuilder<string, byte[]>(config).Build();
        await producer.ProduceAsync("smoke.probe", new Message<string, byte[]> { Key = "probe", Value = [1] });
    }
}
