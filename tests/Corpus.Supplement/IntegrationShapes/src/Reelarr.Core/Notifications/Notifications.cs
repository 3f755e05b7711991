using System.Text.Json;
using Microsoft.Extensions.Logging;
using Reelarr.Common.Http;
using Reelarr.Core.Indexers;

namespace Reelarr.Core.Notifications;

public sealed class DiscordSettings
{
    [FieldDefinition(0, Label = "Webhook URL", Privacy = PrivacyLevel.ApiKey)]
    public string WebHookUrl { get; set; } = "";

    public string Username { get; set; } = "Reelarr";

    public string Avatar { get; set; } = "https://raw.githubusercontent.com/Reelarr/Reelarr/develop/Logo/256.png";
}

public sealed class Discord(IHttpClient httpClient, ILogger<Discord> logger)
{
    public DiscordSettings Settings { get; set; } = new();

    public async Task SendAsync(string title, string message)
    {
        var request = new HttpRequestBuilder(Settings.WebHookUrl).Post().Build();
        request.SetContent(JsonSerializer.Serialize(new { username = Settings.Username, avatar_url = Settings.Avatar, embeds = new[] { new { title, description = message } } }));
        var response = await httpClient.ExecuteAsync(request);
        if (response.HasHttpError)
        {
            logger.LogError("Discord answered {Status} for webhook {WebHookUrl}", (int)response.StatusCode,
                Settings.WebHookUrl);  // expect: log
        }
    }
}

public sealed class PushoverSettings
{
    [FieldDefinition(0, Label = "User Key", Privacy = PrivacyLevel.UserName)]
    public string UserKey { get; set; } = "";

    [FieldDefinition(1, Label = "Application API Key", HelpText = "Leave empty to send as Reelarr", Privacy = PrivacyLevel.ApiKey)]
    public string ApiKey { get; set; } = "";

    public int Priority { get; set; }

    public string Sound { get; set; } = "pushover";
}

public sealed class Pushover(IHttpClient httpClient, ILogger<Pushover> logger)
{
    private const string MessagesUrl = "https://api.pushover.net/1/messages.json";

    // Reelarr's own Pushover application, used when the user leaves "Application API Key" empty.
    private const string ReelarrApplicationToken = "a{{synthetic:29:alnum}}";  // expect: secret

    public async Task SendAsync(PushoverSettings settings, string title, string message)
    {
        var token = string.IsNullOrEmpty(settings.ApiKey) ? ReelarrApplicationToken : settings.ApiKey;
        var request = new HttpRequestBuilder(MessagesUrl).Post()
            .AddQueryParam("token", token)
            .AddQueryParam("user", settings.UserKey)
            .AddQueryParam("title", title)
            .AddQueryParam("message", message)
            .AddQueryParam("priority", settings.Priority)
            .Build();
        var response = await httpClient.ExecuteAsync(request);
        logger.LogDebug("Pushover answered {Status} for user key {UserKey}", (int)response.StatusCode, settings.UserKey);  // expect: none
    }
}

public sealed class SlackSettings
{
    [FieldDefinition(0, Label = "Webhook URL", HelpText = "Incoming webhook, e.g. https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", Privacy = PrivacyLevel.ApiKey)]  // expect: none
    public string WebHookUrl { get; set; } = "";

    public string Icon { get; set; } = ":movie_camera:";
}
