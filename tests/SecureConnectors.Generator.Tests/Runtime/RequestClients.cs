using System;
using SecureConnectors.Generator.Tests.Connectors.Requests;
using SecureConnectors.Generator.Tests.Infrastructure;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>The Stripe-, CRM- and GitHub-shaped clients of the request tests, pointed at a local provider.</summary>
internal static class RequestClients
{
    public static ConnectorOptions Local() => new() { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } };

    public static TestStripeClient Stripe(LocalProvider server, RecordingAuditSink? audit = null) =>
        new(Clients.Http(server.Root), new TestCredentials(), audit, Local());

    public static TestCrmClient Crm(LocalProvider server) => new(Clients.Http(server.Root), new TestCredentials(), null, Local());

    public static TestGitHubClient GitHub(LocalProvider server, RecordingAuditSink? audit = null) =>
        new(Clients.Http(server.Root), new TestCredentials(), audit, Local());

    public static RecordedRequest Single(LocalProvider server)
    {
        var request = Xunit.Assert.Single(server.Requests);
        return request;
    }

    /// <summary>A form body as its decoded pairs, in order.</summary>
    public static string[] Pairs(string body) =>
        Array.ConvertAll(body.Split('&'), Uri.UnescapeDataString);
}
