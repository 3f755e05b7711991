using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors;

[Resource("issues")]
public sealed class GitHubIssueRecord
{
    [Field("number")] public int Number { get; init; }
    [Field("title", Scope = "issues:read")] public string Title { get; init; } = "";
}

[Projection(typeof(GitHubIssueRecord))]
public sealed partial record GitHubIssueTitle(int Number, string Title);

public sealed class GitHubNewIssue
{
    public string Title { get; set; } = "";
}

/// <summary>GitHub rejects calls without a User-Agent and versions its media types through Accept.</summary>
[Connector("test-github-headers", BaseUrl = "https://api.github.test.example/")]
[Header("User-Agent", "acme-sync/1.0")]
[Header("X-GitHub-Api-Version", "2022-11-28")]
[Grant("issues:read", "issues:write")]
public partial interface ITestGitHubHeaders
{
    [Get("repos/{owner}/{repo}/issues/{number}")]
    Task<GitHubIssueTitle> GetIssueAsync(string owner, string repo, int number, CancellationToken cancellationToken = default);

    [Get("repos/{owner}/{repo}/issues/{number}")]
    [Header("Accept", "application/vnd.github.full+json")]
    [Header("User-Agent", "acme-sync/2.0")]
    Task<GitHubIssueTitle> GetIssueFullAsync(string owner, string repo, int number);

    [Post("repos/{owner}/{repo}/issues")]
    [Requires("issues:write")]
    Task CreateIssueAsync(string owner, string repo, [Body] GitHubNewIssue issue, [Header("Idempotency-Key")] string? idempotencyKey = null);
}
