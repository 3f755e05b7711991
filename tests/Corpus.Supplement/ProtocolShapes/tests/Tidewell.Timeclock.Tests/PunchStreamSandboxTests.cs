using System.Net.WebSockets;
using MQTTnet;
using MQTTnet.Client;
using ProtocolShapes.Tidewell.Timeclock.Realtime;
using Xunit;

namespace ProtocolShapes.Tidewell.Timeclock.Tests;

/// <summary>Against RosterMill's and Tickwell's public sandboxes (dotnet test --filter Category=Sandbox).</summary>
[Trait("Category", "Sandbox")]
public sealed class PunchStreamSandboxTests
{
    [Fact]
    public async Task Sandbox_stream_sends_a_heartbeat()
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + Environment.GetEnvironmentVariable("ROSTERMILL_SANDBOX_TOKEN"));
        await socket.ConnectAsync(new Uri("ws://sandbox.rostermill-partner.com/v2/punches"), CancellationToken.None);  // expect: http
        var buffer = new byte[4096];
        var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
    }

    [Fact]
    public async Task Sandbox_broker_accepts_the_test_clock()
    {
        var options = new MqttClientOptionsBuilder()
            .WithClientId("tidewell-sandbox")
            .WithConnectionUri("mqtt://sandbox-broker.tickwell-devices.com:1883")  // expect: http
            .WithCredentials("tidewell-sandbox", Environment.GetEnvironmentVariable("TICKWELL_SANDBOX_PASSWORD"))
            .Build();
        using var client = new MqttFactory().CreateMqttClient();
        await client.ConnectAsync(options);
        Assert.True(client.IsConnected);
    }

    [Theory]
    [InlineData("ws://stream.rostermill-partner.com/v1/punches")]  // expect: none
    [InlineData("http://stream.rostermill-partner.com/v1/punches")]
    public void Plain_stream_urls_are_refused(string url)
    {
        var error = Record.Exception(() => StreamUrls.RequireTls(new Uri(url)));
        Assert.True(error is ArgumentException);
    }

    [Fact]
    public void Loopback_replay_is_allowed()
    {
        var replay = StreamUrls.RequireTls(new Uri("ws://127.0.0.1:5080/replay"));  // expect: none
        Assert.Equal("127.0.0.1", replay.Host);
    }
}
