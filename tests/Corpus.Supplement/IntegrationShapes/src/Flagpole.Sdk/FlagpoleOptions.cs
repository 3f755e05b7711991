namespace Flagpole;

public sealed class FlagpoleOptions
{
    /// <summary>Server-side SDK key of the environment ("srv-..."); bound from configuration.</summary>
    public string SdkKey { get; set; } = "";

    public Uri BaseUri { get; set; } = new("https://cdn.flagpole.io/");

    /// <summary>CDN addresses of SDK 1.x: a BaseUri equal to one of them is replaced with the current one.</summary>
    public static readonly string[] LegacyBaseUris = ["http://cdn.flagpole.io/", "http://config.flagpole-cdn.com/"];  // expect: none

    /// <summary>The 1.x polling endpoint: still polled when the CDN answers 5xx, as a fallback.</summary>
    public static readonly Uri LegacyPollingUri = new("http://config.flagpole-cdn.com/v1/");  // expect: http

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(60);

    public string OfflineCachePath { get; set; } = Path.Combine(Path.GetTempPath(), "flagpole", "config.json");

    public bool Offline { get; set; }

    /// <summary>A relay proxy in the customer's network, which serves the configuration files; null to poll the CDN.</summary>
    public Uri? RelayProxyUri { get; set; }
}
