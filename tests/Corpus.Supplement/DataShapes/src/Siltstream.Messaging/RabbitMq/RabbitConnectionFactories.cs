using System.Net.Security;
using System.Security.Authentication;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace DataShapes.Siltstream.Messaging.RabbitMq;

/// <summary>Connection factories for the three brokers the ingest worker talks to.</summary>
public static class RabbitConnectionFactories
{
    /// <summary>Orders broker (Amazon MQ). The NLB in front of it answers with the broker's certificate, issued to
    /// mq.siltstream-data.com, while clients connect to the NLB's own name.</summary>
    public static ConnectionFactory ForOrders(IConfiguration configuration)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(configuration.GetConnectionString("OrdersBroker")
                ?? throw new InvalidOperationException("ConnectionStrings:OrdersBroker is not set")),
            ClientProvidedName = "siltstream-ingest/orders",
            AutomaticRecoveryEnabled = true,
            Ssl = new SslOption
            {
                Enabled = true,
                ServerName = "mq.siltstream-data.com",
                Version = SslProtocols.Tls12 | SslProtocols.Tls13,  // expect: none
            },
        };

        // TODO(INGEST-412): drop once the NLB presents its own certificate.
        factory.Ssl.AcceptablePolicyErrors = SslPolicyErrors.RemoteCertificateNameMismatch;  // expect: tls
        return factory;
    }

    /// <summary>Telemetry broker in the Frankfurt DC (RabbitMQ 3.8, no TLS listener yet).</summary>
    public static ConnectionFactory ForTelemetry() => new()
    {
        Uri = new Uri("amqp://telemetry-mq.fra.siltstream-data.com:5672/telemetry"),  // expect: http
        UserName = "telemetry-writer",
        Password = Environment.GetEnvironmentVariable("TELEMETRY_MQ_PASSWORD") ?? "",
        ClientProvidedName = "siltstream-ingest/telemetry",
    };

    /// <summary>A partner's broker; host and credentials come from the partner's onboarding record.</summary>
    public static ConnectionFactory ForPartner(string host, string user, string password) => new()
    {
        Uri = new Uri($"amqps://{user}:{password}@{host}:5671/partners"),  // expect: none
        ClientProvidedName = "siltstream-ingest/partner",
    };
}
