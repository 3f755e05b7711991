using System.Net.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace ProtocolShapes.Tidewell.Integration.Amqp;

/// <summary>Publishes HRIS change events (hires, terminations, job changes) to the customers' RabbitMQ brokers.</summary>
public sealed class HrisEventBus(IConfiguration configuration, ILogger<HrisEventBus> logger)
{
    /// <summary>The shared partner exchange; the broker's operator issued one user per tenant.</summary>
    private const string PartnerExchange = "amqps://tidewell-partner:{{synthetic:24:alnum}}@exchange.hris-partner-hub.com:5671/partners";  // expect: secret

    public ConnectionFactory ForNorthfield()
    {
        var brokerConnectionString = configuration.GetConnectionString("NorthfieldEvents")
            ?? throw new InvalidOperationException("ConnectionStrings:NorthfieldEvents is not set");
        logger.LogInformation("Publishing Northfield events to {Broker}", brokerConnectionString);  // expect: log
        return new ConnectionFactory { Uri = new Uri(brokerConnectionString), ClientProvidedName = "tidewell-hris-events" };
    }

    public static ConnectionFactory ForPartnerExchange() => new() { Uri = new Uri(PartnerExchange), ClientProvidedName = "tidewell-hris-events" };

    /// <summary>Harrowgate's broker in their branch office: AMQP 0-9-1 without TLS across the WAN.</summary>
    public static ConnectionFactory ForHarrowgate(string password) => new()
    {
        Uri = new Uri("amqp://hris-events.harrowgate-retail.com:5672/hris"),  // expect: http
        UserName = "tidewell",
        Password = password,
        ClientProvidedName = "tidewell-hris-events",
    };

    /// <summary>Northfield's cluster nodes present the load balancer's certificate, not their own names.</summary>
    public static ConnectionFactory ForNorthfieldNode(string node, string password) => new()
    {
        HostName = node,
        Port = 5671,
        UserName = "tidewell",
        Password = password,
        Ssl = new SslOption
        {
            Enabled = true,
            ServerName = node,
            CertificateValidationCallback = (_, _, _, _) => true,  // expect: tls
        },
    };

    /// <summary>The hosted broker of a smaller customer; its certificate chain is incomplete.</summary>
    public static ConnectionFactory ForHostedBroker(string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = "hris.rmq.cloudbroker-partner.com",
            Port = 5671,
            VirtualHost = "tidewell",
            UserName = "tidewell",
            Password = password,
            Ssl = new SslOption { Enabled = true, ServerName = "hris.rmq.cloudbroker-partner.com" },
        };
        factory.Ssl.AcceptablePolicyErrors |= SslPolicyErrors.RemoteCertificateChainErrors;  // expect: tls
        return factory;
    }

    /// <summary>docker compose's RabbitMQ on the developer's machine.</summary>
    public static ConnectionFactory ForLocal() => new() { Uri = new Uri("amqp://guest:guest@localhost:5672/") };  // expect: none
}
