using Confluent.Kafka;
using DataShapes.Siltstream.Messaging.Kafka;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace DataShapes.Siltstream.Messaging.Tests;

public sealed class KafkaClientConfigTests
{
    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kafka:BootstrapServers"] = "kafka:9092",
            ["Kafka:SaslUsername"] = "ingest",
            ["Kafka:SaslPassword"] = "kafka-test-password",  // expect: none
            ["Kafka:Plant:Password"] = "Plant#Fixture1",  // expect: none
        })
        .Build();

    [Fact]
    public void Producer_reads_its_credentials_from_configuration()
    {
        var config = KafkaClientConfigs.Producer(Configuration());
        Assert.Equal("kafka-test-password", config.SaslPassword);
        Assert.Equal(SslEndpointIdentificationAlgorithm.Https, config.SslEndpointIdentificationAlgorithm);
    }

    [Fact]
    public void Plant_consumer_skips_hostname_verification()
    {
        var config = KafkaClientConfigs.PlantConsumer(Configuration());
        Assert.Equal(SslEndpointIdentificationAlgorithm.None, config.SslEndpointIdentificationAlgorithm);
    }

    [Fact]
    public void Lab_consumer_matches_the_documented_settings()
    {
        var expected = new ConsumerConfig
        {
            BootstrapServers = "kafka-lab.siltstream-data.com:9093",
            GroupId = "siltstream-lab-mirror",
            SaslUsername = "lab-mirror",
            SaslPassword = "lab-fixture",
            EnableSslCertificateVerification = false,  // expect: none
        };
        var actual = KafkaClientConfigs.LabConsumer("lab-fixture");

        Assert.Equal(expected.EnableSslCertificateVerification, actual.EnableSslCertificateVerification);
        Assert.Equal(expected.SaslPassword, actual.SaslPassword);
    }
}
