using NATS.Client.Core;

namespace DataShapes.Siltstream.Messaging.Nats;

public static class NatsConnectionFactory
{
    /// <summary>The shared telemetry cluster; the worker's NATS user and password come from configuration.</summary>
    public static NatsConnection ForTelemetry(string user, string password) => new(new NatsOpts
    {
        Url = "tls://nats.siltstream-data.com:4222",
        Name = "siltstream-ingest",
        AuthOpts = new NatsAuthOpts { Username = user, Password = password },
        TlsOpts = new NatsTlsOpts { Mode = TlsMode.Require },
    });

    /// <summary>Leaf nodes at the edge sites; each site's node runs on a certificate made at install time.</summary>
    public static NatsConnection ForEdgeSite(string url, string token) => new(new NatsOpts
    {
        Url = url,
        Name = "siltstream-edge-relay",
        AuthOpts = new NatsAuthOpts { Token = token },
        TlsOpts = new NatsTlsOpts { Mode = TlsMode.Require, InsecureSkipVerify = true },  // expect: tls
    });
}
