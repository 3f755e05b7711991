namespace DataShapes.Siltstream.Messaging.Kafka;

/// <summary>Bound from the <c>Kafka</c> section.</summary>
public sealed record KafkaSettings(string BootstrapServers, string SaslUsername, string SaslPassword, string Topic);

/// <summary>Bound from <c>Kafka:SchemaRegistry</c>. Prints its URL only.</summary>
public sealed record SchemaRegistrySettings(string Url, string BasicAuthUserInfo)
{
    public override string ToString() => $"SchemaRegistrySettings {{ Url = {Url} }}";
}
