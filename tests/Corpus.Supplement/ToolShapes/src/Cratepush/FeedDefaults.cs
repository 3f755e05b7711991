namespace ToolShapes.Cratepush;

/// <summary>Where Ironbark's packages and symbols go, and where the tool looks for a key.</summary>
public static class FeedDefaults
{
    public const string NuGetOrg = "https://api.nuget.org/v3/index.json";
    public const string InternalFeed = "https://nuget.ironbark-tools.com/v3/index.json";
    public const string GitHubPackages = "https://nuget.pkg.github.com/ironbark-tools/index.json";

    /// <summary>The v2 feed of the old NuGet.Server; still pushed to until the last consumer moves.</summary>
    public const string LegacyV2Feed = "http://packages.ironbark-tools.com/nuget/";  // expect: http

    public const string SymbolServer = "https://symbols.ironbark-tools.com/upload/";

    /// <summary>The build farm's share, mounted on every agent.</summary>
    public const string LocalFeedShare = @"\\buildshare01.ironbark.local\nuget-local";

    /// <summary>ProGet in the agents' docker network.</summary>
    public const string ProGetInternal = "http://proget:8624/nuget/internal/";  // expect: none

    public const string ApiKeyEnvironmentVariable = "CRATEPUSH_API_KEY";
}
