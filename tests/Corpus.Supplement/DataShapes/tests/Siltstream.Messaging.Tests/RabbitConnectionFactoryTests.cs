using System.Net.Security;
using DataShapes.Siltstream.Messaging.RabbitMq;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;
using Xunit;

namespace DataShapes.Siltstream.Messaging.Tests;

public sealed class RabbitConnectionFactoryTests
{
    [Fact]
    public void Orders_factory_tolerates_the_nlb_name_mismatch_only()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OrdersBroker"] = "amqps://ingest:ingest@rabbitmq:5671/orders" })
            .Build();

        var factory = RabbitConnectionFactories.ForOrders(configuration);

        Assert.Equal(SslPolicyErrors.RemoteCertificateNameMismatch, factory.Ssl.AcceptablePolicyErrors);  // expect: none
        Assert.Equal("mq.siltstream-data.com", factory.Ssl.ServerName);
    }

    [Fact]
    public void Options_object_round_trips_policy_errors()
    {
        var expected = new SslOption { Enabled = true, ServerName = "rabbitmq" };
        expected.AcceptablePolicyErrors = SslPolicyErrors.RemoteCertificateChainErrors;  // expect: none
        var copy = new SslOption { Enabled = expected.Enabled, ServerName = expected.ServerName, AcceptablePolicyErrors = expected.AcceptablePolicyErrors };
        Assert.Equal(expected.AcceptablePolicyErrors, copy.AcceptablePolicyErrors);
    }

    [Fact]
    public void Telemetry_factory_reads_the_password_from_the_environment()
    {
        Environment.SetEnvironmentVariable("TELEMETRY_MQ_PASSWORD", "telemetry-test-password");  // expect: none
        try
        {
            Assert.Equal("telemetry-test-password", RabbitConnectionFactories.ForTelemetry().Password);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TELEMETRY_MQ_PASSWORD", null);
        }
    }
}
