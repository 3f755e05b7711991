using Microsoft.Extensions.Logging;

namespace Corpus.Supplement.Ticketing;

/// <summary>Routes incoming support tickets to a queue.</summary>
public sealed class TicketTriage(ILogger<TicketTriage> logger)
{
    public void Route(Ticket ticket, RequesterView requester, TicketDigest digest, string queue)
    {
        logger.LogInformation("Ticket {TicketId} '{Subject}' is {Status}", ticket.Id, ticket.Subject,
            ticket.Status);  // expect: none
        logger.LogInformation("Routing {Digest} to {Queue}", digest, queue);  // expect: none
        logger.LogDebug("Requester object {Requester}", ticket.Requester);  // expect: none
        logger.LogDebug("Requester locale {Locale}", requester.Locale);  // expect: none
        logger.LogInformation("Replying to {Requester}", requester);  // expect: log
        logger.LogInformation("Auto-reply sent to {Email}", ticket.Requester?.Email ?? "unknown");  // expect: log
    }
}
