using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors.Envelopes;

// Five providers' list and envelope shapes, declared from their public documentation; the runtime tests answer
// for them from Kestrel fakes shaped like the documented responses.

/// <summary>Stripe: <c>GET /v1/customers</c> is a list envelope paged with <c>starting_after</c> = the last item's id.</summary>
[Resource("customers")]
public sealed class StripeCustomer
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("name", Scope = "customer_read")] public string? Name { get; init; }
    [Field("email", Scope = "customer_read", Classification = DataClass.Personal)] public string? Email { get; init; }
}

/// <summary>Keeps the name only: the pager still reads each last item's id for the next cursor.</summary>
[Projection(typeof(StripeCustomer))]
public sealed partial record StripeCustomerName(string? Name);

[Connector("stripe", BaseUrl = "https://api.stripe.test/v1/")]
[Grant("customer_read")]
public partial interface IStripe
{
    [Get("customers", ResultPath = "data")]
    [CursorPaging("starting_after", CursorFromLastItem = "id", HasMorePath = "has_more")]
    IAsyncEnumerable<StripeCustomerName> ListCustomersAsync([Query("limit")] int? limit = null, CancellationToken cancellationToken = default);

    [Get("customers/{id}")]
    Task<StripeCustomerName?> FindCustomerAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>HubSpot CRM v3: <c>{"results":[...],"paging":{"next":{"after":"..."}}}</c>.</summary>
[Resource("contacts")]
public sealed class HubSpotContact
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("archived")] public bool Archived { get; init; }
}

[Projection(typeof(HubSpotContact))]
public sealed partial record HubSpotContactRef(string Id, bool Archived);

[Connector("hubspot", BaseUrl = "https://api.hubapi.test/")]
[Grant("crm.objects.contacts.read")]
public partial interface IHubSpot
{
    [Get("crm/v3/objects/contacts", ResultPath = "results")]
    [CursorPaging("after", NextCursorPath = "paging.next.after")]
    [Requires("crm.objects.contacts.read")]
    IAsyncEnumerable<HubSpotContactRef> ListContactsAsync([Query("limit")] int limit = 2, CancellationToken cancellationToken = default);
}

/// <summary>GitHub REST: issues as a top-level array paged by <c>Link</c>; search results under <c>items</c>.</summary>
[Resource("issues")]
public sealed class GitHubIssue
{
    [Field("number")] public int Number { get; init; }
    [Field("title", Scope = "repo")] public string Title { get; init; } = "";
    [Field("body", Scope = "repo", Classification = DataClass.Personal)] public string? Body { get; init; }
}

[Projection(typeof(GitHubIssue))]
public sealed partial record GitHubIssueTitle(int Number, string Title);

[Connector("github", BaseUrl = "https://api.github.test/")]
[Grant("repo")]
public partial interface IGitHub
{
    [Get("repos/{owner}/{repo}/issues")]
    [LinkHeaderPaging]
    IAsyncEnumerable<GitHubIssueTitle> ListIssuesAsync(string owner, string repo, [Query("per_page")] int perPage = 30, CancellationToken cancellationToken = default);

    [Get("search/issues", ResultPath = "items")]
    Task<IReadOnlyList<GitHubIssueTitle>> SearchIssuesAsync([Query("q")] string query, CancellationToken cancellationToken = default);
}

/// <summary>Slack Web API: <c>{"ok":true,"channel":{...}}</c>, and lists paged by <c>response_metadata.next_cursor</c>.</summary>
[Resource("conversations")]
public sealed class SlackConversation
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("name", Scope = "channels:read")] public string Name { get; init; } = "";
}

[Projection(typeof(SlackConversation))]
public sealed partial record SlackChannelName(string Id, string Name);

[Connector("slack", BaseUrl = "https://slack.test/api/")]
[Grant("channels:read")]
public partial interface ISlack
{
    [Get("conversations.info", ResultPath = "channel")]
    Task<SlackChannelName> GetChannelAsync([Query("channel")] string channel, CancellationToken cancellationToken = default);
}

/// <summary>A BambooHR-like directory paged by page number, its entries under <c>employees</c>.</summary>
[Resource("employees")]
public sealed class BambooEmployee
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("displayName", Scope = "employee:read")] public string DisplayName { get; init; } = "";
}

[Projection(typeof(BambooEmployee))]
public sealed partial record BambooDirectoryEntry(string Id, string DisplayName);

[Connector("bamboo", BaseUrl = "https://api.bamboohr.test/v1/")]
[Grant("employee:read")]
public partial interface IBamboo
{
    [Get("employees/directory", ResultPath = "employees")]
    [PagePaging("page", SizeParameter = "per_page", PageSize = 2)]
    IAsyncEnumerable<BambooDirectoryEntry> DirectoryAsync(CancellationToken cancellationToken = default);
}

/// <summary>A provider that takes a fields parameter and pages by Link header (the next link echoes the fields asked).</summary>
[Resource("people")]
public sealed class Person
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("name", Scope = "people:read")] public string Name { get; init; } = "";
    [Field("salary", Scope = "pay:read", Classification = DataClass.Restricted)] public decimal Salary { get; init; }
}

[Projection(typeof(Person))]
public sealed partial record PersonName(string Id, string Name);

[Connector("people", BaseUrl = "https://people.test/", FieldsParameter = "fields")]
[Grant("people:read")]
public partial interface IPeople
{
    [Get("people")]
    [LinkHeaderPaging]
    IAsyncEnumerable<PersonName> ListPeopleAsync([Query("team")] string? team = null, CancellationToken cancellationToken = default);
}
