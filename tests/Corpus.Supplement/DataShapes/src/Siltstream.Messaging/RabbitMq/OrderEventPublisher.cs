using System.Text.Json;
using DataShapes.Siltstream.Pipelines.Orders;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace DataShapes.Siltstream.Messaging.RabbitMq;

/// <summary>Publishes <see cref="OrderPlaced"/> events to the orders exchange.</summary>
public sealed class OrderEventPublisher(IConnection connection, ILogger<OrderEventPublisher> logger)
{
    private const string Exchange = "orders";

    public async Task PublishAsync(OrderPlaced order, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(order);
        await using var channel = await connection.CreateChannelAsync(cancellationToken);
        await channel.BasicPublishAsync(Exchange, "order.placed", body, cancellationToken);

        logger.LogDebug("Published order {OrderId} to {Exchange}", order.OrderId, Exchange);
    }

    public void OnNacked(OrderPlaced order)
    {
        var totals = new OrderTotals(order.OrderId, order.Total, order.Currency);
        logger.LogError("Broker nacked {Totals}; the outbox retries it", totals);  // expect: none
    }
}
