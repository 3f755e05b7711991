namespace ToolShapes.Hearthchat.Net;

[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,
}

/// <summary>Options of a bot connection. Bound from the "Hearthchat" configuration section.</summary>
public sealed record HearthchatClientOptions(
    string Token,
    int ShardId = 0,
    int ShardCount = 1,
    GatewayIntents Intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages,
    bool SkipCertificateValidation = false)
{
    public Uri GatewayUri { get; init; } = new(HearthchatGateways.Production);
}

/// <summary>A bot's identity: the application id and its token. Its ToString masks the token.</summary>
public sealed record BotToken(string ApplicationId, string Value)
{
    public override string ToString() => $"BotToken {{ ApplicationId = {ApplicationId}, Value = *** }}";
}

public static class HearthchatGateways
{
    public const string Production = "wss://gateway.hearthchat.gg/?v=10&encoding=json";

    /// <summary>Default of the self-hosted relay (hearthchat-relay's docker image listens on 8080 without TLS).</summary>
    public const string SelfHostedRelay = "ws://relay.hearthchat-selfhost.net:8080/gateway";  // expect: http

    public const string LocalRelay = "ws://localhost:8080/gateway";  // expect: none
}
