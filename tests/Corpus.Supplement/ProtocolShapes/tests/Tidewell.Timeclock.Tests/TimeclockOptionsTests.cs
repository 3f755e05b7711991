using System.Security.Authentication;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet.Client;
using ProtocolShapes.Tidewell.Timeclock.Mqtt;
using Xunit;

namespace ProtocolShapes.Tidewell.Timeclock.Tests;

public sealed class TimeclockOptionsTests
{
    [Fact]
    public void Trade_show_options_accept_the_laptop_certificate()
    {
        var expected = new MqttClientTlsOptions { UseTls = true, AllowUntrustedCertificates = true };  // expect: none
        var options = new TimeclockBrokerClient(new TimeclockSettings(), NullLogger<TimeclockBrokerClient>.Instance).TradeShowOptions("demo-laptop.local");
        Assert.Equal(expected.AllowUntrustedCertificates, options.TlsOptions.AllowUntrustedCertificates);
    }

    [Fact]
    public void Settings_bind_from_json()
    {
        var settings = JsonSerializer.Deserialize<TimeclockSettings>("""{"BrokerUri":"mqtt://clock-events.tickwell-devices.com:1883","AllowUntrustedCertificates":true}""")!;  // expect: none
        Assert.Equal("mqtt://clock-events.tickwell-devices.com:1883", settings.BrokerUri);
        Assert.True(settings.AllowUntrustedCertificates);
    }

    [Fact]
    public void Legacy_protocols_survive_a_round_trip()
    {
#pragma warning disable SYSLIB0039
        var tls = new MqttClientTlsOptions { UseTls = true, SslProtocol = SslProtocols.Tls11 };  // expect: none
        var copy = JsonSerializer.Deserialize<MqttClientTlsOptions>(JsonSerializer.Serialize(tls))!;
        Assert.Equal(SslProtocols.Tls11, copy.SslProtocol);
#pragma warning restore SYSLIB0039
    }
}
