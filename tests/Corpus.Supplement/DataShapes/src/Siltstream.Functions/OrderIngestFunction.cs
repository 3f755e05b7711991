using Azure.Messaging.ServiceBus;
using DataShapes.Siltstream.Pipelines.Orders;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Functions;

public sealed class OrderIngestFunction(ILogger<OrderIngestFunction> logger)
{
    [Function(nameof(OrderIngestFunction))]
    public async Task Run(
        [ServiceBusTrigger("orders", "ingest", Connection = "ServiceBusConnection")] ServiceBusReceivedMessage message,
        ServiceBusMessageActions actions)
    {
        logger.LogInformation("Message {MessageId}, delivery {DeliveryCount}", message.MessageId, message.DeliveryCount);

        var order = message.Body.ToObjectFromJson<OrderPlaced>();
        if (order is null || order.Total <= 0)
        {
            logger.LogWarning("Message {MessageId} holds no valid order", message.MessageId);
            await actions.DeadLetterMessageAsync(message, deadLetterReason: "InvalidOrder");
            return;
        }

        logger.LogInformation("Processing order {OrderId} ({Total} {Currency})", order.OrderId, order.Total, order.Currency);  // expect: none
        await actions.CompleteMessageAsync(message);
    }
}
