using Microsoft.AspNetCore.Http;

namespace ToolShapes.Cratepush;

public sealed class LocalFeedOptions
{
    public string Root { get; set; } = FeedDefaults.LocalFeedShare;

    public string? ApiKey { get; set; }
}

/// <summary><c>cratepush serve</c>: a push/pull feed over a folder, for air-gapped build agents.</summary>
public sealed class LocalFeedServer(LocalFeedOptions options)
{
    public bool IsPushAllowed(HttpRequest request)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return true;
        }

        var presented = request.Headers["X-NuGet-ApiKey"].ToString();
        return presented == options.ApiKey;  // expect: timing
    }

    public async Task StorePackageAsync(string fileName, Stream package, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        var folder = Path.Combine(options.Root, id);
        Directory.CreateDirectory(folder);
        await using var target = File.Create(Path.Combine(folder, fileName));
        await package.CopyToAsync(target, cancellationToken);
    }
}
