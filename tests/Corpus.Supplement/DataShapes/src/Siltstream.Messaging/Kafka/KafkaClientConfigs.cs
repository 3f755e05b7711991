using Confluent.Kafka;
using Microsoft.Extensions.Configuration;

namespace DataShapes.Siltstream.Messaging.Kafka;

/// <summary>librdkafka settings of the ingest worker's producers and consumers.</summary>
public static class KafkaClientConfigs
{
    /// <summary>Confluent Cloud: SASL/PLAIN over TLS with a service account's API key.</summary>
    public static ProducerConfig Producer(IConfiguration configuration) => new()
    {
        BootstrapServers = configuration["Kafka:BootstrapServers"],
        SecurityProtocol = SecurityProtocol.SaslSsl,
        SaslMechanism = SaslMechanism.Plain,
        SaslUsername = configuration["Kafka:SaslUsername"],
        SaslPassword = configuration["Kafka:SaslPassword"],  // expect: none
        SslEndpointIdentificationAlgorithm = SslEndpointIdentificationAlgorithm.Https,  // expect: none
        EnableIdempotence = true,
        Acks = Acks.All,
    };

    /// <summary>The plant's on-premises cluster. Its brokers' certificates come from the plant CA and name the
    /// brokers' IP addresses, not their DNS names, so hostname verification is switched off.</summary>
    public static ConsumerConfig PlantConsumer(IConfiguration configuration) => new()
    {
        BootstrapServers = "kafka-plant-1.siltstream-data.com:9093,kafka-plant-2.siltstream-data.com:9093",
        GroupId = "siltstream-plant-ingest",
        SecurityProtocol = SecurityProtocol.SaslSsl,
        SaslMechanism = SaslMechanism.ScramSha512,
        SaslUsername = "plant-ingest",
        SaslPassword = configuration["Kafka:Plant:Password"],
        SslCaLocation = "/etc/siltstream/plant-ca.pem",
        SslEndpointIdentificationAlgorithm = SslEndpointIdentificationAlgorithm.None,  // expect: tls
        AutoOffsetReset = AutoOffsetReset.Earliest,
    };

    /// <summary>The data science lab's cluster, which runs on a self-signed certificate.</summary>
    public static ConsumerConfig LabConsumer(string password) => new()
    {
        BootstrapServers = "kafka-lab.siltstream-data.com:9093",
        GroupId = "siltstream-lab-mirror",
        SecurityProtocol = SecurityProtocol.SaslSsl,
        SaslMechanism = SaslMechanism.Plain,
        SaslUsername = "lab-mirror",
        SaslPassword = password,
        EnableSslCertificateVerification = false,  // expect: tls
    };

    /// <summary>The audit cluster in the Frankfurt DC has no TLS listener; audit events go there until it is retired.</summary>
    public static ProducerConfig LegacyAuditProducer(string password) => new()
    {
        BootstrapServers = "kafka-audit.fra.siltstream-data.com:9092",
        SecurityProtocol = SecurityProtocol.SaslPlaintext,  // expect: http
        SaslMechanism = SaslMechanism.Plain,
        SaslUsername = "audit-producer",
        SaslPassword = password,
        Acks = Acks.All,
    };
}
