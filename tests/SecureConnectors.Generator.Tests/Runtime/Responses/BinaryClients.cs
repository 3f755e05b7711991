using System;
using SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata;
using SecureConnectors.Generator.Tests.Infrastructure;

namespace SecureConnectors.Generator.Tests.Runtime.Responses;

/// <summary>The binary and metadata test connectors pointed at a local provider.</summary>
internal static class BinaryClients
{
    public static TestGitHubFilesClient GitHub(LocalProvider server, RecordingAuditSink audit) =>
        new(Clients.Http(server.Root), new TestCredentials(), audit, Clients.Options());

    public static TestStripeFilesClient Stripe(LocalProvider server, RecordingAuditSink audit, long? maxResponseBytes = null) =>
        new(Clients.Http(server.Root), new TestCredentials(), audit, Clients.Options(o =>
        {
            if (maxResponseBytes is { } max)
            {
                o.MaxResponseBytes = max;
            }
        }));

    public static TestBambooEmployeesClient Bamboo(LocalProvider server, RecordingAuditSink audit) =>
        new(Clients.Http(new Uri(server.Root, "api/gateway.php/acme/")), new TestCredentials(), audit, Clients.Options());

    public static TestSlackFilesClient Slack(LocalProvider server, RecordingAuditSink audit) =>
        new(Clients.Http(new Uri(server.Root, "api/")), new TestCredentials(), audit, Clients.Options());
}
