using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Containers;

/// <summary>Pushes the connector images to Docker Hub (public images) and GitHub Packages (customer-specific builds).</summary>
public sealed class RegistryPublisher(IDockerClient docker, HttpClient registry, ILogger<RegistryPublisher> logger)
{
    private static readonly AuthConfig DockerHub = new()
    {
        ServerAddress = "https://index.docker.io/v1/",
        Username = "cinderpeakci",
        Password = "dckr_pat_{{synthetic:27:alnum}}",  // expect: secret
    };

    public static AuthConfig GitHubPackages() => new()
    {
        ServerAddress = "ghcr.io",
        Username = "cinderpeak-bot",
        Password = Environment.GetEnvironmentVariable("GHCR_TOKEN"),
    };

    public async Task PushAsync(string image, string tag, bool customerBuild, CancellationToken ct)
    {
        var auth = customerBuild ? GitHubPackages() : DockerHub;
        logger.LogDebug(
            "Logging in to {Registry} as {User} with {Password}",
            auth.ServerAddress,
            auth.Username,
            auth.Password);  // expect: log

        try
        {
            await docker.Images.PushImageAsync(image, new ImagePushParameters { Tag = tag }, auth, new Progress<JSONMessage>(), ct);
        }
        catch (DockerApiException ex)
        {
            throw new InvalidOperationException($"Push of {image}:{tag} as {auth.Username} failed: {ex.StatusCode}", ex);  // expect: none
        }
    }

    /// <summary>After a push, the digest the registry reports must be the one the release manifest pinned.</summary>
    public async Task<bool> MatchesReleaseAsync(string repository, string tag, string pinnedDigest, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, $"v2/{repository}/manifests/{tag}");
        request.Headers.Accept.ParseAdd("application/vnd.oci.image.index.v1+json");
        using var response = await registry.SendAsync(request, ct);
        var manifestDigest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : "";
        return manifestDigest == pinnedDigest;  // expect: none
    }
}
