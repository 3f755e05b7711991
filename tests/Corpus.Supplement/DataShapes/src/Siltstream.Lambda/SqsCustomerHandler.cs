using System.Text.Json;
using Amazon.Lambda.Core;
using Amazon.Lambda.SQSEvents;
using DataShapes.Siltstream.Pipelines.Customers;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Lambda;

/// <summary>Upserts CRM customers that arrive on the customer-changes queue.</summary>
public sealed class SqsCustomerHandler(ILogger<SqsCustomerHandler> logger)
{
    public async Task<SQSBatchResponse> HandleAsync(SQSEvent sqsEvent, ILambdaContext context)
    {
        var response = new SQSBatchResponse();
        foreach (var record in sqsEvent.Records)
        {
            Customer? customer;
            try
            {
                customer = JsonSerializer.Deserialize<Customer>(record.Body);
            }
            catch (JsonException ex)
            {
                logger.LogError(ex, "Malformed customer message {MessageId}", record.MessageId);
                response.BatchItemFailures.Add(new SQSBatchResponse.BatchItemFailure { ItemIdentifier = record.MessageId });
                continue;
            }

            if (customer is null)
            {
                continue;
            }

            logger.LogInformation("Upserting customer {CustomerId}", customer.Id);
            var phone = customer.Phone.Replace(" ", "", StringComparison.Ordinal);
            Console.WriteLine($"Normalised phone for {customer.Id}: {phone}");  // expect: log
            await Task.Yield();
        }

        context.Logger.LogInformation($"Processed {sqsEvent.Records.Count} messages, {response.BatchItemFailures.Count} failed");
        return response;
    }
}
