using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Pipelines.Customers;

/// <summary>Nightly load of CRM customers into the warehouse's customer dimension.</summary>
public sealed partial class CustomerLoadJob(ILogger<CustomerLoadJob> logger)
{
    private readonly HashSet<string> _seenEmails = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<CustomerExportRow> Load(IReadOnlyList<Customer> batch, string batchId)
    {
        logger.LogInformation("Loading batch {BatchId} with {Count} customers", batchId, batch.Count);
        var rows = new List<CustomerExportRow>(batch.Count);

        foreach (var customer in batch)
        {
            using var scope = logger.BeginScope(new Dictionary<string, object?>
            {
                ["CustomerId"] = customer.Id,
                ["Country"] = customer.Country,  // expect: none
            });

            if (string.IsNullOrWhiteSpace(customer.TaxId))
            {
                logger.LogWarning("Customer {CustomerId} has no {Field}", customer.Id, nameof(customer.TaxId));
                continue;
            }

            if (!customer.Email.Contains('@'))
            {
                logger.LogWarning("Rejected customer {CustomerId}: invalid e-mail address", customer.Id);
                continue;
            }

            if (!_seenEmails.Add(customer.Email))
            {
                LogDuplicate(logger, customer.Email, batchId);  // expect: log
                continue;
            }

            if (!DateOnly.TryParse(customer.DateOfBirth, out _))
            {
                throw new InvalidDataException($"Customer {customer.Id}: unparseable date of birth '{customer.DateOfBirth}'");  // expect: log
            }

            var row = new CustomerExportRow(customer.Id, customer.Email, customer.FullName, customer.Country);
            logger.LogDebug("Export row {Row}", row);  // expect: log

            var segmentRow = new CustomerSegmentRow(customer.Id, customer.Segment, customer.Country);
            logger.LogDebug("Segment row {Row}", segmentRow);  // expect: none

            logger.LogDebug("Customer {CustomerId} is billed in {BillingCountry}", customer.Id, customer.BillingAddress?.Country);  // expect: none
            rows.Add(row);
        }

        return rows;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Duplicate customer {Email} in batch {BatchId}")]
    private static partial void LogDuplicate(ILogger logger, string email, string batchId);
}
