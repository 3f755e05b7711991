using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Timeclock.Realtime;

/// <summary>Live punch stream from RosterMill, the scheduling partner, over WebSockets.</summary>
public sealed class PunchStreamClient(ILogger<PunchStreamClient> logger)
{
    private static readonly Uri LiveStream = new("wss://stream.rostermill-partner.com/v2/punches");
    private static readonly Uri LegacyStream = new("ws://stream-legacy.rostermill-partner.com/v1/punches");  // expect: http

    public async Task<ClientWebSocket> ConnectAsync(string streamToken, bool legacy, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + streamToken);
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(20);
        logger.LogTrace("Opening punch stream with token {StreamToken}", streamToken);  // expect: log
        await socket.ConnectAsync(legacy ? LegacyStream : LiveStream, cancellationToken);
        return socket;
    }

    /// <summary>Regional shards (eu1, us2, ...). The v2 shards were meant to get TLS "in Q3".</summary>
    public static async Task<ClientWebSocket> ConnectShardAsync(string shard, string streamToken, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + streamToken);
        await socket.ConnectAsync(new Uri($"ws://{shard}.stream.rostermill-partner.com/v2/punches"), cancellationToken);  // expect: http
        return socket;
    }

    /// <summary>The partner's staging stream, with a self-signed certificate.</summary>
    public static async Task<ClientWebSocket> ConnectStagingAsync(string streamToken, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + streamToken);
        socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;  // expect: tls
        await socket.ConnectAsync(new Uri("wss://stream-staging.rostermill-partner.com/v2/punches"), cancellationToken);
        return socket;
    }

    /// <summary>The replay tool that support runs on their own machine.</summary>
    public static async Task<ClientWebSocket> ConnectLocalReplayAsync(CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri("ws://localhost:5080/replay"), cancellationToken);  // expect: none
        return socket;
    }

    public async Task PumpAsync(ClientWebSocket socket, Func<string, Task> onPunch, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                logger.LogInformation("Punch stream closed: {Status} {Description}", result.CloseStatus, result.CloseStatusDescription);
                break;
            }

            await onPunch(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }
}

/// <summary>Guards the stream URLs that customers type into the admin portal.</summary>
public static class StreamUrls
{
    public static Uri RequireTls(Uri streamUrl)
    {
        if (streamUrl.Scheme != Uri.UriSchemeWss && !streamUrl.IsLoopback)
        {
            throw new ArgumentException($"Stream URLs must use wss:// (got {streamUrl.Scheme}://{streamUrl.Host}).", nameof(streamUrl));
        }

        return streamUrl;
    }
}
