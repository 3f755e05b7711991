using Microsoft.Extensions.Logging;

namespace Corpus.Supplement.Payments;

/// <summary>Matches payment-provider customers with the ledger.</summary>
public sealed class CustomerReconciliation(ILogger<CustomerReconciliation> logger)
{
    public void Reconcile(PaymentCustomer customer, long ledgerBalance)
    {
        logger.LogInformation("Customer {CustomerId} balance {Balance} {Currency}", customer.Id, customer.Balance,
            customer.Currency);  // expect: none
        logger.LogInformation("Billing country {Country}", customer.Address?.Country);  // expect: none
        logger.LogWarning("Address check failed for {Line1}", customer.Address?.Line1);  // expect: log
        logger.LogWarning("Customer {Name} has no tax id on file", customer.Name.Trim());  // expect: log

        if (customer.Balance != ledgerBalance)
        {
            throw new InvalidOperationException("Balance mismatch for tax id " + customer.TaxId);  // expect: log
        }
    }
}
