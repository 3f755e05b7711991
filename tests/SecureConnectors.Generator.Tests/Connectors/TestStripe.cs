using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors.Requests;

// Request shapes as Stripe documents them (https://docs.stripe.com/api/customers/create, .../payment_intents/create,
// .../checkout/sessions/create): form bodies with nested keys in brackets, snake_case names.
public sealed class CustomerCreate
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public Address? Address { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    public IReadOnlyList<string>? PreferredLocales { get; init; }

    public long? Balance { get; init; }

    public TaxExempt? TaxExempt { get; init; }
}

public sealed record Address(string? Line1, string? City, string? PostalCode, string? Country);

public enum TaxExempt
{
    [EnumMember(Value = "none")] None,
    [EnumMember(Value = "exempt")] Exempt,
    [EnumMember(Value = "reverse")] Reverse,
}

public sealed class PaymentIntentCreate
{
    public long Amount { get; init; }

    public string Currency { get; init; } = "";

    public string[]? PaymentMethodTypes { get; init; }

    public bool? Confirm { get; init; }

    // Stripe's name, not what SnakeCase would make of the property.
    [JsonPropertyName("statement_descriptor_suffix")]
    public string? DescriptorSuffix { get; init; }
}

public sealed class CheckoutSessionCreate
{
    public string Mode { get; init; } = "";

    public IReadOnlyList<LineItem> LineItems { get; init; } = Array.Empty<LineItem>();

    public Uri? SuccessUrl { get; init; }
}

public sealed record LineItem(string Price, int Quantity);

[Connector("test-stripe", BaseUrl = "https://api.stripe.test.example/", Naming = NamingPolicy.SnakeCase)]
[Grant("customers:write", "payments:write", "customers:read")]
public partial interface ITestStripe
{
    [Post("v1/customers")]
    [Requires("customers:write")]
    Task CreateCustomerAsync([Body(BodyFormat.Form)] CustomerCreate customer, CancellationToken cancellationToken = default);

    [Post("v1/customers/{id}")]
    [Requires("customers:write")]
    Task UpdateCustomerAsync(string id, [Body(BodyFormat.Form)] CustomerCreate changes, CancellationToken cancellationToken = default);

    [Post("v1/payment_intents")]
    [Requires("payments:write")]
    Task CreatePaymentIntentAsync([Body(BodyFormat.Form)] PaymentIntentCreate intent, CancellationToken cancellationToken = default);

    [Post("v1/checkout/sessions")]
    [Requires("payments:write")]
    Task CreateCheckoutSessionAsync([Body(BodyFormat.Form)] CheckoutSessionCreate session, CancellationToken cancellationToken = default);

    [Get("v1/customers")]
    [Requires("customers:read")]
    Task ListCustomersAsync(
        [Query("expand[]")] IEnumerable<string>? expand = null,
        [Query("created[gte]", Format = "yyyy-MM-dd")] DateOnly? createdSince = null,
        [Query("limit")] int? limit = null,
        CancellationToken cancellationToken = default);
}

// A snake_case JSON provider: partial updates must not blank the fields they leave out.
public sealed class ContactPatch
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public DateTimeOffset? LastContactedAt { get; init; }

    public ContactStatus? Status { get; init; }

    public IReadOnlyDictionary<string, string?>? CustomFields { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    public bool? Subscribed { get; init; }

    public decimal? Score { get; init; }

    public Guid? ExternalId { get; init; }

    public DateOnly? Birthday { get; init; }

    [JsonPropertyName("e-mail")]
    public string? Email { get; init; }

    [JsonIgnore]
    public string? LocalNote { get; init; }
}

public enum ContactStatus
{
    [EnumMember(Value = "active_lead")] ActiveLead,
    Customer,
}

[Connector("test-crm", BaseUrl = "https://api.crm.test.example/", Naming = NamingPolicy.SnakeCase)]
[Grant("contacts:write")]
public partial interface ITestCrm
{
    [Patch("contacts/{id}")]
    [Requires("contacts:write")]
    Task UpdateContactAsync(string id, [Body] ContactPatch patch, CancellationToken cancellationToken = default);
}

public enum IssueState
{
    [EnumMember(Value = "open")] Open,
    [EnumMember(Value = "closed")] Closed,
    [EnumMember(Value = "all")] All,
}

// GitHub's routes and queries (https://docs.github.com/rest/repos/contents, .../issues/issues#list-repository-issues).
[Connector("test-github", BaseUrl = "https://api.github.test.example/")]
[Grant("contents:read", "issues:read")]
public partial interface ITestGitHub
{
    [Get("repos/{owner}/{repo}/contents/{**path}")]
    [Requires("contents:read")]
    Task GetContentsAsync(string owner, string repo, string path, CancellationToken cancellationToken = default);

    [Get("repos/{owner}/{repo}/issues")]
    [Requires("issues:read")]
    Task ListIssuesAsync(
        string owner,
        string repo,
        [Query("labels", Collection = QueryCollection.Csv)] IEnumerable<string>? labels = null,
        [Query("state")] IssueState? state = null,
        [Query("since")] DateTimeOffset? since = null,
        [Query("until", Format = "yyyy-MM-dd")] DateTime? until = null,
        [Query("ids")] IReadOnlyList<long>? ids = null,
        CancellationToken cancellationToken = default);
}

public sealed class WithUnknownProperty
{
    public string? Name { get; init; }

    // No writer for object: SC4025, suppressed here to show that the client is still generated and compiles.
#pragma warning disable SC4025
    public object? Extra { get; init; }
#pragma warning restore SC4025
}

[Connector("test-unsupported", BaseUrl = "https://api.unsupported.test.example/")]
public partial interface ITestUnsupported
{
    [Post("things")]
    Task CreateAsync([Body] WithUnknownProperty thing, CancellationToken cancellationToken = default);
}

public sealed class TreeNode
{
    public string? Name { get; set; }

    public TreeNode? Parent { get; set; }
}

[Connector("test-trees", BaseUrl = "https://api.trees.test.example/")]
public partial interface ITestTrees
{
    [Post("nodes")]
    Task CreateJsonAsync([Body] TreeNode node);

    [Post("nodes/form")]
    Task CreateFormAsync([Body(BodyFormat.Form)] TreeNode node);
}
