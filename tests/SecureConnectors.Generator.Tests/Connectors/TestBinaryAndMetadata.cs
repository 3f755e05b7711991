using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata;

[Resource("issues")]
public sealed class RepositoryIssue
{
    [Field("number")] public int Number { get; init; }
    [Field("title", Scope = "issues:read")] public string Title { get; init; } = "";
}

[Projection(typeof(RepositoryIssue))]
public sealed partial record IssueLine(int Number, string Title);

/// <summary>GitHub: raw file contents (<c>Accept: application/vnd.github.raw+json</c>) and a Link-paged issue list read one page at a time.</summary>
[Connector("test-github-files", BaseUrl = "https://api.github.test.example/")]
[Header("User-Agent", "acme-sync/1.0")]
[Grant("contents:read", "issues:read")]
public partial interface ITestGitHubFiles
{
    [Get("repos/{owner}/{repo}/contents/{**path}")]
    [Header("Accept", "application/vnd.github.raw+json")]
    [Requires("contents:read")]
    Task<byte[]> GetRawContentAsync(string owner, string repo, string path, CancellationToken cancellationToken = default);

    [Get("repos/{owner}/{repo}/issues")]
    Task<ConnectorResponse<IReadOnlyList<IssueLine>>> ListIssuesPageAsync(string owner, string repo, [Query("page")] int page = 1);
}

/// <summary>Stripe's files host: a file's contents, as a stream or as bytes.</summary>
[Connector("test-stripe-files", BaseUrl = "https://files.stripe.test.example/")]
[Grant("files:read")]
public partial interface ITestStripeFiles
{
    [Get("v1/files/{id}/contents")]
    [Requires("files:read")]
    Task<Stream> DownloadFileAsync(string id, CancellationToken cancellationToken = default);

    [Get("v1/files/{id}/contents")]
    [Requires("files:read")]
    Task<byte[]> DownloadFileBytesAsync(string id, [Header("Accept")] string? accept = null);
}

[Resource("employees")]
public sealed class BambooEmployee
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("firstName", Scope = "employees:read")] public string FirstName { get; init; } = "";
}

[Projection(typeof(BambooEmployee))]
public sealed partial record BambooEmployeeName(string Id, string FirstName);

public sealed class BambooNewEmployee
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";
}

/// <summary>BambooHR: "add employee" answers 201 with no body and a relative <c>Location: /v1/employees/42</c>.</summary>
[Connector("test-bamboo-employees", BaseUrl = "https://api.bamboohr.test.example/api/gateway.php/acme/")]
[Grant("employees:read", "employees:write")]
public partial interface ITestBambooEmployees
{
    [Post("v1/employees")]
    [Requires("employees:write")]
    Task<ConnectorResponse> AddEmployeeAsync([Body] BambooNewEmployee employee, CancellationToken cancellationToken = default);

    [Get("v1/employees/{id}")]
    Task<ConnectorResponse<BambooEmployeeName>> GetEmployeeAsync(string id);
}

[Resource("conversations")]
public sealed class SlackConversation
{
    [Field("ok")] public bool Ok { get; init; }
    [Field("name", Scope = "files:read")] public string Name { get; init; } = "";
}

[Projection(typeof(SlackConversation))]
public sealed partial record SlackConversationName(string Name);

/// <summary>A provider that reports errors inside 200 answers: the check reads JSON bodies, never binary ones.</summary>
[Connector("test-slack-files", BaseUrl = "https://slack.test.example/api/")]
[ProviderErrors(OkPath = "ok", CodePath = "error")]
[Grant("files:read")]
public partial interface ITestSlackFiles
{
    [Get("files/{id}/download")]
    [Requires("files:read")]
    Task<byte[]> DownloadAsync(string id);

    [Get("conversations.info")]
    Task<SlackConversationName> ConversationAsync();

    [Get("files/{id}/info")]
    [Requires("files:read")]
    Task<ConnectorResponse> FileInfoAsync(string id);
}

/// <summary>An export host whose every answer is a file: the connector declares its Accept once.</summary>
[Connector("test-exports", BaseUrl = "https://exports.test.example/")]
[Header("Accept", "text/csv")]
[Grant("reports:read")]
public partial interface ITestExports
{
    [Get("reports/{id}.csv")]
    [Requires("reports:read")]
    Task<byte[]> ExportAsync(string id);
}
