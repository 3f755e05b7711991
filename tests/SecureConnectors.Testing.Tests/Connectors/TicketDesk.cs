using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Testing.Tests.Connectors;

// A second connector with what AcmeHris does not show: an API key in its own header, another fields parameter, a
// result path, cursor and page paging, a catch-all route, writes that need their own scope, two projections of one resource.
[Resource("tickets")]
public sealed class Ticket
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("title", Scope = "tickets:read")] public string Title { get; init; } = "";
    [Field("assignee", Scope = "tickets.people:read", Classification = DataClass.Personal)] public string Assignee { get; init; } = "";
}

[Projection(typeof(Ticket))]
public sealed partial record TicketSummary(string Id, string Title);

[Projection(typeof(Ticket))]
public sealed partial record AssignedTicket(string Id, string Title, string Assignee);

public sealed class NewTicket
{
    public string Title { get; init; } = "";
}

[Connector("ticket-desk", BaseUrl = "https://tickets.example/api/", FieldsParameter = "select", AuthHeader = "X-Api-Key")]
[Grant("tickets:write", "tickets.people:read")]
public partial interface ITicketDesk
{
    [Get("tickets/{id}", ResultPath = "data")]
    Task<TicketSummary> GetTicketAsync(string id, CancellationToken cancellationToken = default);

    [Get("assignments/{id}")]
    Task<AssignedTicket> GetAssignmentAsync(string id, CancellationToken cancellationToken = default);

    [Get("tickets", ResultPath = "data")]
    [CursorPaging("starting_after", CursorFromLastItem = "id")]
    IAsyncEnumerable<TicketSummary> ListTicketsAsync(CancellationToken cancellationToken = default);

    [Get("archive")]
    [PagePaging("page", PageSize = 2)]
    IAsyncEnumerable<TicketSummary> ListArchivedAsync(CancellationToken cancellationToken = default);

    [Get("attachments/{**path}")]
    Task<TicketSummary> GetAttachmentTicketAsync(string path, CancellationToken cancellationToken = default);

    [Post("tickets")]
    [Requires("tickets:write")]
    Task<TicketSummary> CreateTicketAsync([Body] NewTicket ticket, CancellationToken cancellationToken = default);

    [Delete("tickets/{id}")]
    [Requires("tickets:write")]
    Task DeleteTicketAsync(string id, CancellationToken cancellationToken = default);
}
