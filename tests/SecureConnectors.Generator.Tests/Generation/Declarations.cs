namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>Representative connector declarations that the generation tests compile.</summary>
internal static class Declarations
{
    /// <summary>A namespaced HRIS connector: record projection, single and list reads, a write with a body.</summary>
    public const string AcmeHris = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Hris
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("displayName", Scope = "employees:read")] public string DisplayName { get; init; } = "";
                [Field("workEmail", Scope = "employees:read", Classification = DataClass.Personal)] public string WorkEmail { get; init; } = "";
                [Field("ssn", Scope = "employees.ssn:read", Classification = DataClass.Restricted)] public string Ssn { get; init; } = "";
                [Field("salary", Scope = "compensation:read", Classification = DataClass.Restricted)] public decimal Salary { get; init; }
                [Field("startDate", Scope = "employees:read")] public DateTimeOffset? StartDate { get; init; }
                [Field("active")] public bool Active { get; init; }
            }

            [Projection(typeof(Employee))]
            public sealed partial record DirectoryEntry(string Id, string DisplayName, string WorkEmail, bool Active);

            public sealed class NewNote
            {
                public string Text { get; set; } = "";
            }

            [Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/", FieldsParameter = "fields")]
            [Grant("employees:read", "notes:write")]
            public partial interface IAcmeHris
            {
                [Get("employees/{id}")]
                Task<DirectoryEntry> GetEmployeeAsync(string id, CancellationToken cancellationToken = default);

                [Get("/employees")]
                Task<IReadOnlyList<DirectoryEntry>> ListEmployeesAsync([Query("department")] string? department = null, [Query] int? page = null, CancellationToken cancellationToken = default);

                [Post("employees/{employeeId}/notes")]
                [Requires("notes:write")]
                Task AddNoteAsync(Guid employeeId, [Body] NewNote note, CancellationToken cancellationToken = default);
            }
        }
        """;

    /// <summary>In the global namespace: internal connector, class projection, API key header, keyword names, enums.</summary>
    public const string HelpDesk = """
        using System;
        using System.Threading.Tasks;
        using SecureConnectors;

        public enum TicketState { Open, Closed }

        [Resource("tickets")]
        public class Ticket
        {
            [Field("id")] public long Id { get; set; }
            [Field("class")] public string? @class { get; set; }
            [Field("opened_at", Scope = "tickets:read")] public DateTime OpenedAt { get; set; }
        }

        [Projection(typeof(Ticket))]
        public partial class TicketSummary
        {
            public long Id { get; set; }
            public string? @class { get; set; }
            public DateTime OpenedAt { get; set; }
        }

        [Connector("help-desk", BaseUrl = "https://helpdesk.example/api", AuthHeader = "X-Api-Key")]
        [Grant("tickets:read", "tickets:write")]
        internal partial interface IHelpDesk
        {
            [Delete("tickets/{id}")]
            [Requires("tickets:write")]
            Task CloseAsync(long id);

            [Get("queues/{class}/oldest")]
            Task<TicketSummary> OldestAsync(string @class, [Query("state")] TicketState state, [Query("since")] DateTimeOffset? since = null);
        }
        """;

    /// <summary>
    /// Stripe-shaped request writers: a snake_case form body with an address, metadata, a list and a list of objects; a
    /// JSON body with an enum, a map and a date; a catch-all route; query arrays, CSV and a date format; and a body
    /// property the writers cannot write (SC4025), which still generates code that compiles and throws when sent.
    /// </summary>
    public const string StripeRequests = """
        using System;
        using System.Collections.Generic;
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Payments
        {
            public sealed record Address(string? Line1, string? PostalCode);

            public enum TaxExempt { [EnumMember(Value = "none")] None, Exempt }

            public sealed class CustomerCreate
            {
                public string? Email { get; init; }
                public Address? Address { get; init; }
                public IReadOnlyDictionary<string, string>? Metadata { get; init; }
                public IReadOnlyList<LineItem>? Items { get; init; }
                public TaxExempt? TaxExempt { get; init; }
                [JsonPropertyName("description")] public string? Note { get; init; }
                public object? Extra { get; init; }
            }

            public sealed record LineItem(string Price, int? Quantity);

            public sealed class EventPayload
            {
                public DateTimeOffset OccurredAt { get; init; }
                public double[] Values { get; init; } = Array.Empty<double>();
                public Dictionary<string, LineItem?> Lines { get; init; } = new();
                public TaxExempt Kind { get; init; }
            }

            [Connector("acme-payments", BaseUrl = "https://api.payments.example/", Naming = NamingPolicy.SnakeCase)]
            [Grant("customers:write")]
            public partial interface IAcmePayments
            {
                [Post("v1/customers")]
                [Requires("customers:write")]
                Task CreateCustomerAsync([Body(BodyFormat.Form)] CustomerCreate customer, CancellationToken cancellationToken = default);

                [Post("v1/events")]
                Task SendEventAsync([Body] EventPayload payload);

                [Get("v1/files/{**path}")]
                Task GetFileAsync(string path, [Query("expand[]")] IEnumerable<string>? expand = null, [Query("labels", Collection = QueryCollection.Csv)] string[]? labels = null, [Query("day", Format = "yyyy-MM-dd")] DateTimeOffset? day = null, [Query("tax")] TaxExempt? tax = null);
            }
        }
        """;
}
