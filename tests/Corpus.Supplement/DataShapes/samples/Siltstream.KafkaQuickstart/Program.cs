using System.Text;
using Confluent.Kafka;

namespace DataShapes.Siltstream.KafkaQuickstart;

// Produces ten sample order events to the team's shared development cluster on Confluent Cloud, so that the
// sample runs as cloned. For your own cluster, fill in the second config and pass "--own".
public static class Program
{
    public static async Task Main(string[] args)
    {
        var shared = new ProducerConfig
        {
            BootstrapServers = "pkc-12576z.europe-west1.gcp.confluent.cloud:9092",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "{{synthetic:16:UPPERNUM}}",  // expect: none
            SaslPassword = "{{synthetic:64:alnum}}",  // expect: secret
        };

        var own = new ProducerConfig
        {
            BootstrapServers = "<bootstrap-server>",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "<api-key>",
            SaslPassword = "<api-secret>",  // expect: none
        };

        using var producer = new ProducerBuilder<string, byte[]>(args.Contains("--own") ? own : shared).Build();
        for (var i = 0; i < 10; i++)
        {
            await producer.ProduceAsync("orders.sample", new Message<string, byte[]> { Key = $"order-{i}", Value = Encoding.UTF8.GetBytes($"{{\"orderId\":\"order-{i}\"}}") });
        }

        Console.WriteLine("Produced 10 sample orders");
    }
}
