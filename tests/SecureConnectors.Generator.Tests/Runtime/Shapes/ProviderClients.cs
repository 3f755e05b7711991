using System;
using SecureConnectors.Generator.Tests.Connectors.Envelopes;
using SecureConnectors.Generator.Tests.Infrastructure;

namespace SecureConnectors.Generator.Tests.Runtime.Shapes;

/// <summary>The provider connectors' generated clients pointed at a local fake.</summary>
internal static class ProviderClients
{
    public static StripeClient Stripe(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null, Action<ConnectorOptions>? configure = null) =>
        new(Clients.Http(new Uri(server.Root, "v1/")), credentials, audit, Clients.Options(configure));

    public static HubSpotClient HubSpot(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null) =>
        new(Clients.Http(server.Root), credentials, audit, Clients.Options());

    public static GitHubClient GitHub(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null) =>
        new(Clients.Http(server.Root), credentials, audit, Clients.Options());

    public static SlackClient Slack(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null) =>
        new(Clients.Http(new Uri(server.Root, "api/")), credentials, audit, Clients.Options());

    public static PeopleClient People(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null) =>
        new(Clients.Http(server.Root), credentials, audit, Clients.Options());

    public static BambooClient Bamboo(LocalProvider server, TestCredentials credentials, RecordingAuditSink? audit = null) =>
        new(Clients.Http(new Uri(server.Root, "v1/")), credentials, audit, Clients.Options());
}
