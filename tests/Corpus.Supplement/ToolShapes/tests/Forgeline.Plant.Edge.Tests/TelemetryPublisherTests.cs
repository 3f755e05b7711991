using MQTTnet;
using MQTTnet.Client;
using ToolShapes.Forgeline.Plant.Edge.Mqtt;
using Xunit;

namespace ToolShapes.Forgeline.Plant.Edge.Tests;

public sealed class TelemetryPublisherTests
{
    [Fact]
    public void Legacy_line1_options_keep_their_tls_quirks()
    {
        var expected = new MqttClientTlsOptions { UseTls = true, AllowUntrustedCertificates = true, IgnoreCertificateRevocationErrors = true };  // expect: none

        var actual = TelemetryPublisher.LegacyLine1Tls();

        Assert.Equal(expected.AllowUntrustedCertificates, actual.AllowUntrustedCertificates);
        Assert.Equal(expected.IgnoreCertificateRevocationErrors, actual.IgnoreCertificateRevocationErrors);
    }

    [Fact]
    public void Broker_uri_binds_from_settings()
    {
        var settings = new EdgeSettings();

        settings.Mqtt.BrokerUri = "mqtt://broker.forgeline-plant.com:1883";

        Assert.Equal("mqtt://broker.forgeline-plant.com:1883", settings.Mqtt.BrokerUri);
    }

    [Fact(Skip = "Needs the plant VPN")]
    public async Task Publishes_to_the_plant_broker()
    {
        var options = new MqttClientOptionsBuilder()
            .WithClientId("edge-tests")
            .WithConnectionUri("mqtt://broker.forgeline-plant.com:1883")  // expect: http
            .WithCredentials("edge-tests", Environment.GetEnvironmentVariable("FORGELINE_MQTT_PASSWORD"))
            .Build();

        using var client = new MqttFactory().CreateMqttClient();
        await client.ConnectAsync(options);

        Assert.True(client.IsConnected);
    }
}
