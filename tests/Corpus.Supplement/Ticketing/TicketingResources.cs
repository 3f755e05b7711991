using SecureConnectors;

namespace Corpus.Supplement.Ticketing;

// Declarations only: no line here is labelled.

[Resource("tickets")]
public sealed class Ticket
{
    [Field("id")] public long Id { get; init; }
    [Field("subject", Scope = "tickets:read")] public string Subject { get; init; } = "";
    [Field("status", Scope = "tickets:read", Classification = DataClass.Public)] public string Status { get; init; } = "";
    [Field("requester", Scope = "users:read", Classification = DataClass.Personal)] public TicketRequester? Requester { get; init; }
}

public sealed class TicketRequester
{
    [Field("email")] public string Email { get; init; } = "";
    [Field("locale", Classification = DataClass.Public)] public string Locale { get; init; } = "";
}

[Projection(typeof(TicketRequester))]
public sealed partial record RequesterView(string Email, string Locale);

[Projection(typeof(Ticket))]
public sealed partial record TicketDigest(long Id, string Subject, string Status);
