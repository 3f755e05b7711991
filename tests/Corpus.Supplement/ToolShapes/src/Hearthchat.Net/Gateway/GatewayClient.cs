using System.Net.Security;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Hearthchat.Net.Gateway;

/// <summary>One shard's gateway connection: identify, heartbeat, resume.</summary>
public sealed class GatewayClient(HearthchatClientOptions options, BotToken botToken, ILogger<GatewayClient> logger) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private string? _sessionId;
    private int? _sequence;

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Starting shard {Shard} with {Options}", options.ShardId, options);  // expect: log
        logger.LogDebug("Authenticating as {BotToken}", botToken);  // expect: none

        if (options.SkipCertificateValidation)
        {
            // Self-hosted relays behind a self-signed certificate.
            _socket.Options.RemoteCertificateValidationCallback = delegate { return true; };  // expect: tls
        }
        else
        {
            _socket.Options.RemoteCertificateValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None;  // expect: none
        }

        await _socket.ConnectAsync(options.GatewayUri, cancellationToken);
        await IdentifyAsync(cancellationToken);
    }

    private async Task IdentifyAsync(CancellationToken cancellationToken)
    {
        var identify = new
        {
            op = 2,
            d = new
            {
                token = options.Token,  // expect: none
                intents = (int)options.Intents,
                shard = new[] { options.ShardId, options.ShardCount },
                properties = new { os = Environment.OSVersion.Platform.ToString(), browser = "Hearthchat.Net", device = "Hearthchat.Net" },
            },
        };
        var payload = JsonSerializer.Serialize(identify);
        logger.LogTrace("Gateway send {Payload}", payload);  // expect: log
        await _socket.SendAsync(Encoding.UTF8.GetBytes(payload), WebSocketMessageType.Text, true, cancellationToken);
    }

    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        logger.LogDebug("Resuming {@Session}", new { SessionId = _sessionId, Sequence = _sequence });  // expect: none
        logger.LogTrace("Resume payload {@Resume}", new { Token = options.Token, SessionId = _sessionId, Seq = _sequence });  // expect: log

        var resume = JsonSerializer.Serialize(new { op = 6, d = new { token = options.Token, session_id = _sessionId, seq = _sequence } });
        await _socket.SendAsync(Encoding.UTF8.GetBytes(resume), WebSocketMessageType.Text, true, cancellationToken);
    }

    public void OnDispatch(string eventName, int sequence, JsonElement data)
    {
        _sequence = sequence;
        if (eventName == "READY")
        {
            _sessionId = data.GetProperty("session_id").GetString();
            logger.LogInformation("Shard {Shard} ready, session {SessionId}", options.ShardId, _sessionId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        _socket.Dispose();
    }
}
