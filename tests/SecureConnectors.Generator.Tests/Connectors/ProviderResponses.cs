using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Threading;
using System.Threading.Tasks;

// Four providers declared the way their public docs shape responses (values in the tests are fakes). Each shows a
// part of reading responses: nested objects and lists (GitHub), maps, Unix seconds and string-typed enums (Stripe),
// Select with a fields parameter that names nested properties (HubSpot), numbers sent as strings and per-field
// scopes inside list items (BambooHR).
namespace SecureConnectors.Generator.Tests.Connectors;

// ---- GitHub: GET /repos/{owner}/{repo}/issues/{number}

public enum IssueState
{
    [EnumMember(Value = "open")] Open,
    [EnumMember(Value = "closed")] Closed,
}

public enum IssueStateReason
{
    [EnumMember(Value = "completed")] Completed,
    [EnumMember(Value = "not_planned")] NotPlanned,
    [EnumMember(Value = "reopened")] Reopened,
}

/// <summary>A nested object: no [Resource], its fields inherit the scope of the field that holds them.</summary>
public sealed class GitHubUser
{
    [Field("login")] public string Login { get; init; } = "";
    [Field("id")] public long Id { get; init; }
    [Field("site_admin")] public bool SiteAdmin { get; init; }
}

public sealed class GitHubLabel
{
    [Field("name")] public string Name { get; init; } = "";
    [Field("color")] public string Color { get; init; } = "";
}

[Resource("issues")]
public sealed class GitHubIssue
{
    [Field("number", Scope = "issues:read")] public int Number { get; init; }
    [Field("title", Scope = "issues:read")] public string Title { get; init; } = "";
    [Field("state", Scope = "issues:read")] public IssueState State { get; init; }
    [Field("state_reason", Scope = "issues:read")] public IssueStateReason? StateReason { get; init; }
    [Field("user", Scope = "issues:read", Classification = DataClass.Personal)] public GitHubUser? User { get; init; }
    [Field("user.login", Scope = "issues:read")] public string? UserLogin { get; init; }
    [Field("labels", Scope = "issues:read")] public IReadOnlyList<GitHubLabel> Labels { get; init; } = Array.Empty<GitHubLabel>();
    [Field("assignees", Scope = "issues:read", Classification = DataClass.Personal)] public IReadOnlyList<GitHubUser> Assignees { get; init; } = Array.Empty<GitHubUser>();
    [Field("created_at", Scope = "issues:read")] public DateTimeOffset CreatedAt { get; init; }
    [Field("html_url", Scope = "issues:read")] public Uri? HtmlUrl { get; init; }
}

[Projection(typeof(GitHubUser))]
public sealed partial record UserView(string Login);

[Projection(typeof(GitHubLabel))]
public sealed partial record LabelView(string Name);

[Projection(typeof(GitHubIssue))]
public sealed partial record IssueView(
    int Number,
    string Title,
    IssueState State,
    IssueStateReason? StateReason,
    UserView? User,
    string? UserLogin,
    IReadOnlyList<LabelView> Labels,
    IReadOnlyList<UserView> Assignees,
    DateTimeOffset CreatedAt,
    Uri? HtmlUrl);

[Connector("github", BaseUrl = "https://api.github.example/")]
[Grant("issues:read")]
public partial interface IGitHubIssues
{
    [Get("repos/{owner}/{repo}/issues/{number}")]
    Task<IssueView> GetIssueAsync(string owner, string repo, int number, CancellationToken cancellationToken = default);
}

// ---- Stripe: GET /v1/customers/{id}

public enum TaxExempt
{
    [EnumMember(Value = "none")] None,
    [EnumMember(Value = "exempt")] Exempt,
    [EnumMember(Value = "reverse")] Reverse,
}

public sealed class StripeAddress
{
    [Field("line1")] public string? Line1 { get; init; }
    [Field("city")] public string? City { get; init; }
    [Field("postal_code", Classification = DataClass.Personal)] public string? PostalCode { get; init; }
    [Field("country")] public string? Country { get; init; }
}

[Resource("customers")]
public sealed class StripeCustomer
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("email", Scope = "customers.email:read", Classification = DataClass.Personal)] public string? Email { get; init; }
    [Field("address", Scope = "customers:read", Classification = DataClass.Personal)] public StripeAddress? Address { get; init; }
    [Field("address.line1", Scope = "customers:read", Classification = DataClass.Personal)] public string? AddressLine1 { get; init; }
    [Field("balance", Scope = "customers:read")] public long Balance { get; init; }
    [Field("created")] public DateTimeOffset Created { get; init; }
    [Field("metadata", Scope = "customers:read")] public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
    [Field("preferred_locales")] public IReadOnlyList<string> PreferredLocales { get; init; } = Array.Empty<string>();
    [Field("tax_exempt", Scope = "customers:read")] public TaxExempt TaxExempt { get; init; }
}

[Projection(typeof(StripeAddress))]
public sealed partial record AddressView(string? City, string? PostalCode);

[Projection(typeof(StripeCustomer))]
public sealed partial record CustomerView(
    string Id,
    string? Email,
    string? AddressLine1,
    AddressView? Address,
    long Balance,
    DateTimeOffset Created,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> PreferredLocales,
    TaxExempt TaxExempt);

[Connector("stripe", BaseUrl = "https://api.stripe.example/v1/")]
[Grant("customers:read", "customers.email:read")]
public partial interface IStripeCustomers
{
    [Get("customers/{id}")]
    Task<CustomerView> GetCustomerAsync(string id, CancellationToken cancellationToken = default);
}

// ---- HubSpot CRM v3: GET /crm/v3/objects/contacts/{id}?properties=email,firstname,...

[Resource("contacts")]
public sealed class HubSpotContact
{
    // Always returned at the top level; never named in ?properties=.
    [Field("id", Select = "")] public string Id { get; init; } = "";
    [Field("archived", Select = "")] public bool Archived { get; init; }
    [Field("properties.email", Select = "email", Scope = "crm.objects.contacts.read", Classification = DataClass.Personal)] public string? Email { get; init; }
    [Field("properties.firstname", Select = "firstname", Scope = "crm.objects.contacts.read", Classification = DataClass.Personal)] public string? FirstName { get; init; }
    [Field("properties.annualrevenue", Select = "annualrevenue", Scope = "crm.objects.contacts.read")] public decimal? AnnualRevenue { get; init; }
    [Field("properties.num_notes", Select = "num_notes", Scope = "crm.objects.contacts.read")] public int NumNotes { get; init; }
}

[Projection(typeof(HubSpotContact))]
public sealed partial record ContactView(string Id, bool Archived, string? Email, string? FirstName, decimal? AnnualRevenue, int NumNotes);

[Connector("hubspot", BaseUrl = "https://api.hubspot.example/crm/v3/", FieldsParameter = "properties")]
[Grant("crm.objects.contacts.read")]
public partial interface IHubSpotContacts
{
    [Get("objects/contacts/{id}")]
    Task<ContactView> GetContactAsync(string id, CancellationToken cancellationToken = default);
}

// ---- BambooHR: GET /v1/employees/directory ({"fields": [...], "employees": [...]})

public sealed class BambooEmployee
{
    [Field("id")] public int Id { get; init; }
    [Field("displayName")] public string DisplayName { get; init; } = "";
    [Field("jobTitle")] public string? JobTitle { get; init; }
    [Field("workEmail", Scope = "directory.email:read", Classification = DataClass.Personal)] public string? WorkEmail { get; init; }
    [Field("hireDate")] public DateOnly? HireDate { get; init; }
}

[Resource("directory")]
public sealed class BambooDirectory
{
    [Field("employees", Scope = "directory:read")] public IReadOnlyList<BambooEmployee> Employees { get; init; } = Array.Empty<BambooEmployee>();
}

[Projection(typeof(BambooEmployee))]
public sealed partial record DirectoryEmployeeView(int Id, string DisplayName, string? WorkEmail, DateOnly? HireDate);

[Projection(typeof(BambooDirectory))]
public sealed partial record DirectoryView(IReadOnlyList<DirectoryEmployeeView> Employees);

[Connector("bamboohr", BaseUrl = "https://api.bamboohr.example/v1/", FieldsParameter = "fields")]
[Grant("directory:read", "directory.email:read")]
public partial interface IBambooDirectory
{
    [Get("employees/directory")]
    Task<DirectoryView> GetDirectoryAsync(CancellationToken cancellationToken = default);
}
