using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors;

/// <summary>Slack Web API's <c>auth.test</c> answer: flat, with the <c>ok</c> flag every Slack answer carries.</summary>
[Resource("auth.test")]
public sealed class SlackIdentity
{
    [Field("ok")] public bool Ok { get; init; }
    [Field("team", Scope = "team:read")] public string Team { get; init; } = "";
    [Field("user_id")] public string UserId { get; init; } = "";
}

[Projection(typeof(SlackIdentity))]
public sealed partial record SlackWhoAmI(string Team, string UserId);

public sealed class SlackMessage
{
    public string Channel { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>Slack answers errors with 200 and <c>{"ok": false, "error": "..."}</c>.</summary>
[Connector("test-slack", BaseUrl = "https://slack.test.example/api/")]
[ProviderErrors(OkPath = "ok", CodePath = "error")]
[Grant("team:read", "chat:write")]
public partial interface ITestSlack
{
    [Get("auth.test")]
    Task<SlackWhoAmI> WhoAmIAsync(CancellationToken cancellationToken = default);

    [Post("chat.postMessage")]
    [Requires("chat:write")]
    Task PostMessageAsync([Body] SlackMessage message, CancellationToken cancellationToken = default);
}
