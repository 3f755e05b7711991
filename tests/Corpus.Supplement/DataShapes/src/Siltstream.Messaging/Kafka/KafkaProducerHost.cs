using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Messaging.Kafka;

public sealed class KafkaProducerHost(KafkaSettings settings, SchemaRegistrySettings registry, ILogger<KafkaProducerHost> logger)
{
    public IProducer<string, byte[]> Build()
    {
        logger.LogInformation("Starting producer with {Settings}", settings);  // expect: log
        logger.LogInformation("Schema registry: {Registry}", registry);  // expect: none
        logger.LogInformation("Producing to {Topic} on {BootstrapServers} as {SaslUsername}", settings.Topic, settings.BootstrapServers, settings.SaslUsername);

        var config = new ProducerConfig
        {
            BootstrapServers = settings.BootstrapServers,
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = settings.SaslUsername,
            SaslPassword = settings.SaslPassword,
            ClientId = Environment.MachineName,
        };

        if (logger.IsEnabled(LogLevel.Debug))
        {
            foreach (var (key, value) in config)
            {
                logger.LogDebug("librdkafka {Key} = {Value}", key, value);  // expect: log
            }
        }

        return new ProducerBuilder<string, byte[]>(config)
            .SetErrorHandler((_, error) => logger.LogError("Kafka error {Code}: {Reason}", error.Code, error.Reason))
            .SetLogHandler((_, message) => logger.LogDebug("librdkafka {Facility}: {Message}", message.Facility, message.Message))
            .Build();
    }
}
