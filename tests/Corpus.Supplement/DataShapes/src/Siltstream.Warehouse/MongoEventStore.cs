using Microsoft.Extensions.Configuration;
using MongoDB.Driver;

namespace DataShapes.Siltstream.Warehouse;

public sealed class MongoEventStore(IConfiguration configuration)
{
    public IMongoDatabase Events()
    {
        // Without configuration: the developer's local replica set, which docker compose starts with a self-signed certificate.
        var client = new MongoClient(configuration.GetConnectionString("Events")
            ?? "mongodb://localhost:27017/?replicaSet=rs0&tls=true&tlsAllowInvalidCertificates=true");  // expect: none
        return client.GetDatabase("events");
    }

    /// <summary>The archive replica set on the storage hosts; its certificates are issued by the hosts themselves.</summary>
    public static IMongoDatabase Archive()
        => new MongoClient("mongodb://archive-0.siltstream-data.com:27017,archive-1.siltstream-data.com:27017/events?replicaSet=archive&tls=true&tlsInsecure=true")  // expect: tls
            .GetDatabase("events");
}
