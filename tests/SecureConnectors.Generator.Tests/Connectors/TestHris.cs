using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors;

/// <summary>A provider resource with more fields than any projection reads.</summary>
[Resource("employees")]
public sealed class Employee
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("displayName", Scope = "employees:read")] public string DisplayName { get; init; } = "";
    [Field("email", Scope = "employees:read", Classification = DataClass.Personal)] public string? Email { get; init; }
    [Field("level", Scope = "employees:read")] public int Level { get; init; }
    [Field("active")] public bool Active { get; init; }
    [Field("ssn", Scope = "employees.ssn:read", Classification = DataClass.Restricted)] public string Ssn { get; init; } = "";
    [Field("salary", Scope = "compensation:read", Classification = DataClass.Restricted)] public decimal Salary { get; init; }
}

[Projection(typeof(Employee))]
public sealed partial record EmployeeView(string Id, string DisplayName, string? Email, int Level, bool Active);

public sealed class NoteRequest
{
    public string Text { get; set; } = "";

    public int Priority { get; set; }
}

/// <summary>The connector the runtime tests call; its client is generated when this project builds.</summary>
[Connector("test-hris", BaseUrl = "https://hris.test.example/v1/", FieldsParameter = "fields")]
[Grant("employees:read", "notes:write", "employees:write")]
public partial interface ITestHris
{
    [Get("employees/{id}")]
    Task<EmployeeView> GetEmployeeAsync(string id, CancellationToken cancellationToken = default);

    [Get("employees")]
    Task<IReadOnlyList<EmployeeView>> ListEmployeesAsync([Query("department")] string? department = null, [Query] int? page = null, CancellationToken cancellationToken = default);

    [Post("employees/{id}/notes")]
    [Requires("notes:write")]
    Task AddNoteAsync(string id, [Body] NoteRequest note, CancellationToken cancellationToken = default);

    [Delete("employees/{id}")]
    [Requires("employees:write")]
    Task DeleteEmployeeAsync(Guid id);
}

[Resource("tickets")]
public sealed class Ticket
{
    [Field("id")] public long Id { get; init; }
    [Field("title", Scope = "tickets:read")] public string Title { get; init; } = "";
}

[Projection(typeof(Ticket))]
public sealed partial class TicketTitle
{
    public long Id { get; init; }

    public string Title { get; init; } = "";
}

/// <summary>A provider that takes a raw API key in its own header.</summary>
[Connector("test-tickets", BaseUrl = "https://tickets.test.example/", AuthHeader = "X-Api-Key")]
[Grant("tickets:read")]
public partial interface ITestTickets
{
    [Get("tickets/{id}")]
    Task<TicketTitle> GetTicketAsync(long id, CancellationToken cancellationToken = default);
}
