using System.Security.Authentication;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;

namespace ProtocolShapes.Tidewell.Timeclock.Mqtt;

/// <summary>Receives clock punches from the terminals of Tickwell Devices, the time-clock vendor, over MQTT.</summary>
public sealed class TimeclockBrokerClient(TimeclockSettings settings, ILogger<TimeclockBrokerClient> logger)
{
    /// <summary>Tickwell's hosted broker for the Northfield stores; the vendor has no TLS listener on this tier.</summary>
    public MqttClientOptions HostedStoresOptions() => new MqttClientOptionsBuilder()
        .WithClientId("tidewell-punch-ingest")
        .WithConnectionUri("mqtt://clock-events.tickwell-devices.com:1883")  // expect: http
        .WithCredentials(settings.UserName, settings.Password)
        .Build();

    /// <summary>The same broker's TLS listener, for customers on the premium tier.</summary>
    public MqttClientOptions HostedPremiumOptions() => new MqttClientOptionsBuilder()
        .WithClientId("tidewell-punch-ingest")
        .WithConnectionUri("mqtts://clock-events.tickwell-devices.com:8883")
        .WithCredentials(settings.UserName, settings.Password)
        .WithTlsOptions(tls => tls.UseTls().WithSslProtocols(SslProtocols.None))
        .Build();

    /// <summary>The on-site gateway at the Reno distribution centre, on the store LAN.</summary>
    public static MqttClientOptions RenoGatewayOptions() => new MqttClientOptionsBuilder()
        .WithClientId("tidewell-punch-ingest-reno")
        .WithConnectionUri("mqtt://10.42.8.20:1883")  // expect: http
        .WithCredentials("reno-gateway", "Rg{{synthetic:16:alnum}}")  // expect: secret
        .Build();

    /// <summary>Warehouse clocks report to the vendor's regional brokers (eu-west, us-east, ...), plain MQTT on 1883.</summary>
    public MqttClientOptions RegionalOptions(string region) => new MqttClientOptionsBuilder()
        .WithClientId($"tidewell-punch-{region}")
        .WithTcpServer($"{region}.brokers.tickwell-devices.com", 1883)  // expect: http
        .WithCredentials(settings.UserName, settings.Password)
        .Build();

    /// <summary>Mosquitto brokers that customers run themselves, with certificates from their own CAs.</summary>
    public MqttClientOptions CustomerBrokerOptions(string host) => new MqttClientOptionsBuilder()
        .WithClientId("tidewell-punch-ingest")
        .WithTcpServer(host, 8883)
        .WithCredentials(settings.UserName, settings.Password)
        .WithTls(new MqttClientOptionsBuilderTlsParameters
        {
            UseTls = true,
            AllowUntrustedCertificates = settings.AllowUntrustedCertificates,  // expect: none
            IgnoreCertificateChainErrors = true,  // expect: tls
            IgnoreCertificateRevocationErrors = true,  // expect: none
        })
        .Build();

    /// <summary>Demo clocks at trade shows talk to a broker on a laptop with a self-signed certificate.</summary>
    public MqttClientOptions TradeShowOptions(string laptopHost) => new MqttClientOptionsBuilder()
        .WithClientId("tidewell-demo")
        .WithTcpServer(laptopHost, 8883)
        .WithTls(new MqttClientOptionsBuilderTlsParameters
        {
            UseTls = true,
            CertificateValidationHandler = e =>  // expect: tls
            {
                logger.LogWarning("Accepting broker certificate {Subject} despite {Errors}", e.Certificate?.Subject, e.SslPolicyErrors);
                return true;
            },
        })
        .Build();

    public async Task<IMqttClient> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        logger.LogInformation("Connecting punch ingest with {@MqttOptions}", options);  // expect: log
        var client = new MqttFactory().CreateMqttClient();
        await client.ConnectAsync(options, cancellationToken);
        logger.LogInformation("Connected to {Server}:{Port} as {ClientId} ({User})", options.Server, options.Port, options.ClientId, options.UserName);
        return client;
    }

    public static Task AcknowledgeAsync(IMqttClient client, PunchMessage punch, CancellationToken cancellationToken)
        => client.PublishStringAsync($"clocks/{punch.DeviceId}/acks", punch.Timestamp.ToString("O"), cancellationToken);
}
