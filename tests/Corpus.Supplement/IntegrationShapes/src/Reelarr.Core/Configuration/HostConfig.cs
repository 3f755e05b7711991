namespace Reelarr.Core.Configuration;

// Settings resources of the web UI (no labels).

public sealed class HostConfigResource
{
    public int Port { get; set; } = 7878;

    public string UrlBase { get; set; } = "";

    public bool ProxyEnabled { get; set; }

    public string ProxyUrl { get; set; } = "";

    public string ProxyBypassFilter { get; set; } = "";
}

public sealed class IndexerDefinitionResource
{
    public string Name { get; set; } = "";

    public string Implementation { get; set; } = "";

    public string BaseUrl { get; set; } = "";

    public List<string> Mirrors { get; set; } = [];
}

/// <summary>FlareSolverr, which solves Cloudflare challenges for indexers that need it (an "indexer proxy").</summary>
public sealed class FlareSolverrSettings
{
    public string Host { get; set; } = "http://localhost:8191/";  // expect: none

    public int RequestTimeout { get; set; } = 60;
}
