using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Corpus.Supplement.Crm;

/// <summary>CRM to warehouse sync: logs progress and rejects malformed contacts.</summary>
public sealed class ContactSyncService(ILogger<ContactSyncService> logger)
{
    public void Sync(CrmContact contact, ContactSyncView view, ContactStageView stage, string continuationToken, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("Contact {ContactId}", contact.Id);  // expect: none
        logger.LogInformation("Stage {Stage} for domain {Domain}", contact.LifecycleStage,
            contact.CompanyDomain);  // expect: none
        logger.LogWarning("Bounced address {Email}", contact.Email);  // expect: log
        logger.LogWarning("Owner {OwnerId} has no team", contact.Owner?.Id);  // expect: none
        logger.LogWarning("Notify owner at {OwnerEmail}", contact.Owner?.Email);  // expect: log
        logger.LogDebug("Pushed {View}", view);  // expect: log
        logger.LogDebug("Pushed {Stage}", stage);  // expect: none
        logger.LogDebug("Resume from {ContinuationToken}, cancelled: {Cancelled}", continuationToken,
            cancellationToken.IsCancellationRequested);  // expect: none
        Trace.TraceInformation("SMS opt-in for " + string.Concat("+", contact.Phone.TrimStart('+')));  // expect: log

        if (contact.NumNotes < 0)
        {
            throw new InvalidDataException($"Contact {contact.Id} reports {contact.NumNotes} notes");  // expect: none
        }
    }

    /// <summary>The warehouse row: personal data goes into the request body it is meant for, not into a log.</summary>
    public static Dictionary<string, string> ToWarehouseRow(ContactSyncView view) => new()
    {
        ["id"] = view.Id,
        ["email"] = view.Email,  // expect: none
        ["stage"] = view.LifecycleStage,
    };
}
