using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Observability;

/// <summary>The worker refuses a plain-http OTLP endpoint unless it is the pod's own collector.</summary>
public sealed class OtlpEndpointGuardTests
{
    [Theory]
    [InlineData("http://tempo.kestrelbay-dc.cinderpeak.io:4318/v1/traces", false)]  // expect: none
    [InlineData("https://api.eu1.honeycomb.io:443", true)]
    [InlineData("http://otel-collector:4317", true)]
    public void Endpoint_is_judged(string endpoint, bool allowed)
    {
        Assert.Equal(allowed, IsAllowed(new Uri(endpoint)));
    }

    [Fact]
    public void In_cluster_collector_service_is_allowed()
    {
        var endpoint = new Uri("http://otel-collector.observability.svc.cluster.local:4317");  // expect: none

        Assert.True(IsAllowed(endpoint));
    }

    private static bool IsAllowed(Uri endpoint) =>
        endpoint.Scheme == Uri.UriSchemeHttps || !endpoint.Host.Contains('.') || endpoint.Host.EndsWith(".svc.cluster.local", StringComparison.Ordinal);
}
