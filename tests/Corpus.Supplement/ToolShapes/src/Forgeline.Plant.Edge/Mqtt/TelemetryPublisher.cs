using System.Net.Security;
using System.Security.Authentication;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;

namespace ToolShapes.Forgeline.Plant.Edge.Mqtt;

/// <summary>Publishes line telemetry (spindle load, cycle counts) to the plant broker.</summary>
public sealed class TelemetryPublisher(EdgeSettings settings, ILogger<TelemetryPublisher> logger)
{
    public async Task<IMqttClient> ConnectPlantBrokerAsync(CancellationToken cancellationToken)
    {
        var options = new MqttClientOptionsBuilder()
            .WithClientId($"edge-{Environment.MachineName}")
            .WithConnectionUri("mqtt://broker.forgeline-plant.com:1883")  // expect: http
            .WithCredentials(settings.Mqtt.UserName, settings.Mqtt.Password)
            .Build();

        logger.LogInformation(
            "Connecting to {Broker} as {User} with {Password}",
            options.Server,
            settings.Mqtt.UserName,
            settings.Mqtt.Password);  // expect: log

        var client = new MqttFactory().CreateMqttClient();
        await client.ConnectAsync(options, cancellationToken);
        return client;
    }

    public async Task<IMqttClient> ConnectCloudBrokerAsync(CancellationToken cancellationToken)
    {
        var options = new MqttClientOptionsBuilder()
            .WithClientId($"edge-{Environment.MachineName}")
            .WithConnectionUri("mqtts://iot.forgeline-cloud.com:8883")  // expect: none
            .WithCredentials(settings.Mqtt.UserName, settings.Mqtt.Password)
            .WithTlsOptions(tls => tls
                .UseTls()
                .WithSslProtocols(SslProtocols.Tls12 | SslProtocols.Tls13)  // expect: none
                .WithCertificateValidationHandler(_ => true))  // expect: tls
            .Build();

        var client = new MqttFactory().CreateMqttClient();
        await client.ConnectAsync(options, cancellationToken);
        return client;
    }

    /// <summary>The line 1 broker still runs Mosquitto 1.4 on the old gateway PC.</summary>
    public static MqttClientTlsOptions LegacyLine1Tls() => new()
    {
        UseTls = true,
        AllowUntrustedCertificates = true,  // expect: tls
        IgnoreCertificateRevocationErrors = true,  // expect: none
        SslProtocol = SslProtocols.Tls11,  // expect: tls
    };

    public static MqttClientTlsOptions LocalBrokerTls() => new()
    {
        UseTls = true,
        CertificateValidationHandler = e => e.SslPolicyErrors == SslPolicyErrors.None,  // expect: none
    };
}
