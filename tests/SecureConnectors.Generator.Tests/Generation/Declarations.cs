namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>Representative connector declarations that the generation tests compile.</summary>
internal static class Declarations
{
    /// <summary>A file with no declaration, for edits that should change nothing the generator reads.</summary>
    public const string Unrelated = """
        namespace Acme.Other
        {
            public static class Clock
            {
                public static int Ticks()
                {
                    return 1;
                }
            }
        }
        """;

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

    /// <summary>Nested reading: an object and a dotted path through it, lists of objects and enums, a map, DateOnly, Uri.</summary>
    public const string Tracker = """
        using System;
        using System.Collections.Generic;
        using System.Runtime.Serialization;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Tracker
        {
            public enum Priority { [EnumMember(Value = "p1-urgent")] Urgent, Normal, Low }

            public sealed class Person
            {
                [Field("login")] public string Login { get; init; } = "";
                [Field("email", Scope = "people.email:read", Classification = DataClass.Personal)] public string? Email { get; init; }
            }

            [Resource("tickets")]
            public sealed class Ticket
            {
                [Field("id", Select = "")] public long Id { get; init; }
                [Field("owner", Scope = "tickets:read")] public Person? Owner { get; init; }
                [Field("owner.login", Scope = "tickets:read")] public string? OwnerLogin { get; init; }
                [Field("watchers", Scope = "tickets:read")] public IReadOnlyList<Person> Watchers { get; init; } = Array.Empty<Person>();
                [Field("priority")] public Priority Priority { get; init; }
                [Field("history.priorities")] public IReadOnlyList<Priority?> PastPriorities { get; init; } = Array.Empty<Priority?>();
                [Field("labels")] public IReadOnlyDictionary<string, decimal> Labels { get; init; } = new Dictionary<string, decimal>();
                [Field("due")] public DateOnly? Due { get; init; }
                [Field("link", Select = "links")] public Uri Link { get; init; } = new("", UriKind.Relative);
            }

            [Projection(typeof(Person))]
            public partial record PersonView(string Login, string? Email);

            [Projection(typeof(Ticket))]
            public partial record TicketView(long Id, PersonView? Owner, string? OwnerLogin, IReadOnlyList<PersonView> Watchers, Priority Priority,
                IReadOnlyList<Priority?> PastPriorities, IReadOnlyDictionary<string, decimal> Labels, DateOnly? Due, Uri Link);

            [Connector("tracker", BaseUrl = "https://tracker.example/api/", FieldsParameter = "fields")]
            [Grant("tickets:read", "people.email:read")]
            public partial interface ITracker
            {
                [Get("tickets/{id}")] Task<TicketView> GetTicketAsync(long id);
            }
        }
        """;

    /// <summary>A projection with a property type no reader exists for, used by an operation.</summary>
    public const string UnsupportedProjection = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using SecureConnectors;

        [Resource("items")]
        public sealed class Item
        {
            [Field("id")] public string Id { get; init; } = "";
            [Field("tags")] public List<string> Tags { get; init; } = new();
        }

        [Projection(typeof(Item))]
        public partial record ItemView(string Id, List<string> Tags);

        [Connector("items", BaseUrl = "https://items.example/")]
        public partial interface IItems
        {
            [Get("items/{id}")] Task<ItemView> GetAsync(string id);
            [Get("items")] Task<IReadOnlyList<ItemView>> ListAsync();
        }
        """;

    /// <summary>Regions, roles, restricted fields and a second host: the controls an integration review asks for.</summary>
    public const string Controls = """
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Controls
        {
            [Resource("employees")]
            public sealed class Employee
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("name", Scope = "employees:read", Classification = DataClass.Personal)] public string? Name { get; init; }
                [Field("salary", Scope = "compensation:read", Classification = DataClass.Restricted)] public decimal Salary { get; init; }
            }

            [Projection(typeof(Employee))]
            public sealed partial record PayrollLine(string Id, string? Name, decimal Salary);

            [Connector("regional", FieldsParameter = "fields")]
            [Region("eu", BaseUrl = "https://api.eu.hris.example/v2/")]
            [Region("us", BaseUrl = "https://api.us.hris.example/v2/")]
            [Grant("employees:read", "compensation:read", "employees:write")]
            public partial interface IRegional
            {
                [Get("employees/{id}")]
                Task<PayrollLine> GetAsync(string id);

                [Delete("employees/{id}")]
                [Requires("employees:write")]
                [Roles("hr-admin", "payroll-admin")]
                Task DeleteAsync(string id);
            }

            [Connector("files", BaseUrl = "https://api.files.example/v1/")]
            [Grant("files:read")]
            public partial interface IFiles
            {
                [Get("files/{id}/contents", BaseUrl = "https://downloads.files.example/")]
                [Requires("files:read")]
                Task FetchAsync(string id);
            }
        }
        """;

    /// <summary>Envelopes, paging and missing records: Stripe-, GitHub- and BambooHR-shaped operations.</summary>
    public const string Payments = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Payments
        {
            [Resource("customers")]
            public sealed class Customer
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("name", Scope = "customers:read")] public string? Name { get; init; }
                [Field("email", Scope = "customers:read", Classification = DataClass.Personal)] public string? Email { get; init; }
            }

            [Projection(typeof(Customer))]
            public sealed partial record CustomerName(string Id, string? Name);

            [Connector("payments", BaseUrl = "https://api.payments.example/v1/")]
            [Grant("customers:read")]
            public partial interface IPayments
            {
                [Get("customers")]
                [CursorPaging("starting_after", CursorFromLastItem = "id", HasMorePath = "has_more")]
                IAsyncEnumerable<CustomerName> ListCustomersAsync([Query("limit")] int? limit = null, CancellationToken cancellationToken = default);

                [Get("customers/{id}", ResultPath = "customer")]
                Task<CustomerName?> FindCustomerAsync(string id, CancellationToken cancellationToken = default);

                [Get("customers/search", ResultPath = "data")]
                Task<IReadOnlyList<CustomerName>> SearchCustomersAsync([Query("query")] string query);

                [Get("orgs/{org}/customers")]
                [LinkHeaderPaging]
                IAsyncEnumerable<CustomerName> ListOrgCustomersAsync(string org);

                [Get("directory", ResultPath = "results.customers")]
                [PagePaging("page", SizeParameter = "per_page", PageSize = 50)]
                IAsyncEnumerable<CustomerName> DirectoryAsync(CancellationToken cancellationToken = default);
            }
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

    /// <summary>
    /// Binary and metadata responses: a stream, bytes with a per-call header and a form body, a response without a body,
    /// and a projection and a list read at a ResultPath with their metadata.
    /// </summary>
    public const string Files = """
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Files
        {
            [Resource("files")]
            public sealed class StoredFile
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("filename", Scope = "files:read", Classification = DataClass.Personal)] public string Filename { get; init; } = "";
            }

            [Projection(typeof(StoredFile))]
            public sealed partial record FileEntry(string Id, string Filename);

            public sealed class FileLink
            {
                public string? File { get; init; }
            }

            [Connector("acme-files", BaseUrl = "https://files.example.com/")]
            [Grant("files:read", "files:write")]
            public partial interface IFiles
            {
                [Get("v1/files/{id}/contents")]
                Task<Stream> DownloadAsync(string id, CancellationToken cancellationToken = default);

                [Post("v1/files/{id}/render")]
                [Header("Accept", "application/pdf")]
                Task<byte[]> RenderAsync(string id, [Body(BodyFormat.Form)] FileLink link, [Header("Idempotency-Key")] string? idempotencyKey = null);

                [Post("v1/file_links")]
                [Requires("files:write")]
                Task<ConnectorResponse> LinkAsync([Body] FileLink link);

                [Get("v1/files/{id}", ResultPath = "data")]
                Task<ConnectorResponse<FileEntry>> GetAsync(string id);

                [Get("v1/files", ResultPath = "data")]
                Task<ConnectorResponse<IReadOnlyList<FileEntry>>> ListAsync([Query("limit")] int limit = 10);
            }
        }
        """;
}
