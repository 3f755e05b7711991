using Microsoft.Extensions.Logging.Abstractions;
using ToolShapes.Hearthchat.Net;
using ToolShapes.Hearthchat.Net.Gateway;

namespace ToolShapes.Hearthchat.EchoBot;

public static class Program
{
    public static async Task Main()
    {
        var token = Environment.GetEnvironmentVariable("HEARTHCHAT__TOKEN") ?? throw new InvalidOperationException("Set HEARTHCHAT__TOKEN");  // expect: none
        Console.WriteLine($"Token loaded ({token.Length} characters)");

        var options = new HearthchatClientOptions(token, Intents: GatewayIntents.GuildMessages | GatewayIntents.MessageContent);
        await using var gateway = new GatewayClient(options, new BotToken("echo-bot", token), NullLogger<GatewayClient>.Instance);
        await gateway.ConnectAsync(CancellationToken.None);
        await Task.Delay(Timeout.Infinite);
    }
}
