namespace ToolShapes.Forgeline.Plant.Edge;

/// <summary>Bound from appsettings.json; one edge collector per production line.</summary>
public sealed class EdgeSettings
{
    public OpcSettings Opc { get; set; } = new();

    public MqttSettings Mqtt { get; set; } = new();

    public sealed class OpcSettings
    {
        public string EndpointUrl { get; set; } = "";

        public bool AutoAcceptUntrustedCertificates { get; set; }

        public List<string> PinnedThumbprints { get; set; } = [];
    }

    public sealed class MqttSettings
    {
        public string BrokerUri { get; set; } = "";

        public string UserName { get; set; } = "";

        public string Password { get; set; } = "";
    }
}
