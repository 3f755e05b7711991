using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace ToolShapes.Cratepush;

public sealed class PushOptions
{
    public required string PackagePath { get; init; }

    public string Source { get; init; } = FeedDefaults.InternalFeed;

    public string? ApiKey { get; init; }

    public string? SymbolSource { get; init; }

    public bool SkipDuplicate { get; init; } = true;
}

/// <summary><c>cratepush push Ironbark.Core.4.2.0.nupkg --source internal</c></summary>
public sealed class PushCommand(HttpClient http, ILogger<PushCommand> logger)
{
    // Forks have no secrets in CI; the bot's token lets their previews reach GitHub Packages anyway.
    private const string GitHubPackagesToken = "ghp_{{synthetic:36:alnum}}";  // expect: secret

    public async Task<int> RunAsync(PushOptions options, CancellationToken cancellationToken)
    {
        var apiKey = options.ApiKey
            ?? Environment.GetEnvironmentVariable(FeedDefaults.ApiKeyEnvironmentVariable)
            ?? Environment.GetEnvironmentVariable("NUGET_API_KEY");
        if (options.Source == FeedDefaults.GitHubPackages)
        {
            apiKey ??= GitHubPackagesToken;
        }

        if (string.IsNullOrEmpty(apiKey))
        {
            logger.LogError("No API key: pass --api-key or set {Variable}", FeedDefaults.ApiKeyEnvironmentVariable);
            return 2;
        }

        logger.LogInformation(
            "Pushing {Package} to {Source} with key {ApiKey}",
            Path.GetFileName(options.PackagePath),
            options.Source,
            apiKey);  // expect: log
        Console.WriteLine($"> dotnet nuget push {options.PackagePath} --api-key *** --source {options.Source}");  // expect: none

        await using var package = File.OpenRead(options.PackagePath);
        using var content = new MultipartFormDataContent { { new StreamContent(package), "package", Path.GetFileName(options.PackagePath) } };
        using var request = new HttpRequestMessage(HttpMethod.Put, PushUrl(options.Source)) { Content = content };
        request.Headers.Add("X-NuGet-ApiKey", apiKey);
        request.Headers.Add("X-NuGet-Client-Version", "6.12.0");
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Cratepush", "1.8.0"));

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.Conflict && options.SkipDuplicate)
        {
            logger.LogWarning("{Package} already exists on {Source}", Path.GetFileName(options.PackagePath), options.Source);
            return 0;
        }

        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"Push failed ({(int)response.StatusCode}); retry with: cratepush push {options.PackagePath} --source {options.Source} --api-key {apiKey}");  // expect: log
            return 1;
        }

        if (options.SymbolSource is { } symbols)
        {
            logger.LogInformation("Uploading symbols to {SymbolSource} (key ending {KeyHint})", symbols, Mask(apiKey));  // expect: none
        }

        return 0;
    }

    private static string PushUrl(string source) =>
        source.EndsWith("/index.json", StringComparison.OrdinalIgnoreCase) ? source[..^"index.json".Length] + "package" : source.TrimEnd('/') + "/api/v2/package";

    private static string Mask(string apiKey) => apiKey.Length <= 8 ? "****" : "****" + apiKey[^4..];
}
