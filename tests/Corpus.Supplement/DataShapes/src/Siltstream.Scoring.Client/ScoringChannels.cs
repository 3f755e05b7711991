using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;

namespace DataShapes.Siltstream.Scoring.Client;

/// <summary>gRPC channels to the model servers the enrichment step calls.</summary>
public static class ScoringChannels
{
    public static GrpcChannel FromConfiguration(IConfiguration configuration)
        => GrpcChannel.ForAddress(configuration["Scoring:Address"] ?? throw new InvalidOperationException("Scoring:Address is not set"));

    /// <summary>The feature store sidecar, in the same pod.</summary>
    public static GrpcChannel FeatureStore() => GrpcChannel.ForAddress("http://localhost:50051", new GrpcChannelOptions  // expect: none
    {
        Credentials = ChannelCredentials.Insecure,
    });

    /// <summary>The ranking service, by its Kubernetes service name; the mesh encrypts pod-to-pod traffic.</summary>
    public static GrpcChannel Ranking() => GrpcChannel.ForAddress("http://ranking-service:8080");  // expect: none

    /// <summary>The fraud model server in the ML cluster, reached through its public ingress.</summary>
    public static GrpcChannel FraudModel() => GrpcChannel.ForAddress("http://fraud-model.ml.siltstream-data.com:8500");  // expect: http

    /// <summary>The risk model server, whose ingress still serves the cluster's self-signed default certificate.</summary>
    public static GrpcChannel RiskModel()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,  // expect: tls
        };
        return GrpcChannel.ForAddress("https://risk-model.ml.siltstream-data.com:8501", new GrpcChannelOptions { HttpHandler = handler });
    }

    /// <summary>The pricing service still runs the Grpc.Core server, without TLS.</summary>
    public static Channel Pricing() => new("pricing.siltstream-data.com", 50051, ChannelCredentials.Insecure);  // expect: http
}
