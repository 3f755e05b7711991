using Grpc.Net.Client;
using Xunit;

namespace DataShapes.Siltstream.Ingest.IntegrationTests;

/// <summary>Runs against the model server that the test run starts on this machine (dotnet run --project tools/FakeModelServer).</summary>
public sealed class ScoringChannelTests
{
    [Fact]
    public void Connects_to_the_local_model_server_over_tls()
    {
        var handler = new HttpClientHandler
        {
            // The local model server uses the ASP.NET Core development certificate, which CI agents do not trust.
            ServerCertificateCustomValidationCallback = (_, _, _, _) => true,  // expect: none
        };
        using var channel = GrpcChannel.ForAddress("https://localhost:5001", new GrpcChannelOptions { HttpHandler = handler });
        Assert.Equal("https://localhost:5001", channel.Target);
    }

    [Fact]
    public void Connects_to_the_local_sidecar_in_plain_text()
    {
        using var channel = GrpcChannel.ForAddress("http://127.0.0.1:50051");
        Assert.Equal("http://127.0.0.1:50051", channel.Target);
    }
}
