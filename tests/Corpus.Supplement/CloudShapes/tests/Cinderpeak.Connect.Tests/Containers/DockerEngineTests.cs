using CloudShapes.Cinderpeak.Connect.Containers;
using Docker.DotNet;
using Docker.DotNet.Models;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Containers;

public sealed class DockerEngineTests
{
    [Fact]
    public void Local_engine_is_reached_through_the_socket()
    {
        using var config = new DockerClientConfiguration(new Uri("unix:///var/run/docker.sock"));

        Assert.Equal("unix", config.EndpointBaseUri.Scheme);
    }

    [Fact]
    public void Github_packages_login_comes_from_the_environment()
    {
        var auth = RegistryPublisher.GitHubPackages();

        Assert.Equal("ghcr.io", auth.ServerAddress);
    }
}

/// <summary>Runs on the CI's own build agents only (Category=Live): it pulls through the shared daemon.</summary>
[Trait("Category", "Live")]
public sealed class SharedDaemonTests
{
    [Fact]
    public async Task Shared_daemon_pulls_the_base_image()
    {
        using var docker = new DockerClientConfiguration(new Uri("http://ci-docker-01.cinderpeak.io:2375")).CreateClient();  // expect: http

        await docker.Images.CreateImageAsync(
            new ImagesCreateParameters { FromImage = "cinderpeak/connect-base", Tag = "2026.03" },
            new AuthConfig
            {
                Username = "cinderpeakci",
                Password = "dckr_pat_{{synthetic:27:alnum}}",  // expect: secret
            },
            new Progress<JSONMessage>());

        var image = await docker.Images.InspectImageAsync("cinderpeak/connect-base:2026.03");
        Assert.True(image.RepoDigests.Count > 0);
    }
}
