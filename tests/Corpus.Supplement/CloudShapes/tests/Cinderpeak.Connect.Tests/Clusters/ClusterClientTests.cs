using k8s;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Clusters;

public sealed class ClusterClientTests
{
    // Shaped like a projected service-account token so the parser sees the real claims; signed by nobody.
    private const string FakeServiceAccountToken = "eyJhbGciOiJSUzI1NiIsImtpZCI6IkNwOXhRN3JMMm1WNHRaOHdLMW5ZNWJGM2dIMGpEMnNBIn0.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjIl0sImlzcyI6Imh0dHBzOi8va3ViZXJuZXRlcy5kZWZhdWx0LnN2YyIsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpkZWZhdWx0OmZha2UiLCJleHAiOjE4OTM0NTYwMDB9.{{synthetic:342:alnum}}";  // expect: none

    /// <summary>The kind cluster that the CI job creates on the runner; its API server certificate is self-signed.</summary>
    [Fact]
    public async Task Kind_cluster_lists_the_connector_deployments()
    {
        var config = new KubernetesClientConfiguration
        {
            Host = "https://127.0.0.1:6443",
            AccessToken = FakeServiceAccountToken,
            SkipTlsVerify = true,  // expect: none
        };
        using var client = new Kubernetes(config);

        var deployments = await client.ListNamespacedDeploymentAsync("cinderpeak");

        Assert.True(deployments.Items.Count >= 0);
    }

    [Fact]
    public void Staging_profile_is_read_from_the_embedded_kubeconfig()
    {
        var config = CloudShapes.Cinderpeak.Connect.Clusters.KubeconfigProfiles.Staging();

        Assert.Equal("staging", config.CurrentContext);
    }
}

/// <summary>Smoke test of the staging cluster after each release (Category=Staging).</summary>
[Trait("Category", "Staging")]
public sealed class StagingClusterTests
{
    [Fact]
    public async Task Staging_namespace_has_the_worker()
    {
        var config = new KubernetesClientConfiguration
        {
            Host = "https://k8s-staging.cinderpeak.io:6443",
            AccessToken = "eyJhbGciOiJSUzI1NiIsImtpZCI6IkNwOXhRN3JMMm1WNHRaOHdLMW5ZNWJGM2dIMGpEMnNBIn0.eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjIl0sImlzcyI6Imh0dHBzOi8vazhzLXN0YWdpbmcuY2luZGVycGVhay5pbyIsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpzbW9rZTpzbW9rZS10ZXN0cyIsImV4cCI6MTg5MzQ1NjAwMCwiaWF0IjoxNzY3MjI1NjAwfQ.{{synthetic:342:alnum}}",  // expect: secret
        };
        using var client = new Kubernetes(config);

        var deployments = await client.ListNamespacedDeploymentAsync("cinderpeak");

        Assert.Contains("connect-worker", deployments.Items.Select(d => d.Metadata.Name));
    }
}
