using Amazon.SecretsManager;
using Amazon.SecretsManager.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>Secrets Manager for database credentials, Parameter Store for integration tokens.</summary>
public sealed class PlatformSecrets(IAmazonSecretsManager secrets, IAmazonSimpleSystemsManagement ssm, ILogger<PlatformSecrets> logger)
{
    private const string HrisDatabaseSecretArn = "arn:aws:secretsmanager:eu-west-1:418295736041:secret:cinderpeak/prod/hris-db-Xq3TzA";  // expect: none

    private const string SlackBotTokenParameter = "/cinderpeak/prod/slack/bot-token";  // expect: none

    public async Task<string> HrisDatabaseAsync(CancellationToken ct)
    {
        var response = await secrets.GetSecretValueAsync(new GetSecretValueRequest { SecretId = HrisDatabaseSecretArn, VersionStage = "AWSCURRENT" }, ct);

        logger.LogInformation("Loaded {SecretName} version {VersionId}", response.Name, response.VersionId);
        logger.LogDebug("Secret payload is {Length} characters", response.SecretString.Length);  // expect: none
        logger.LogTrace("HRIS database secret {SecretString}", response.SecretString);  // expect: log
        return response.SecretString;
    }

    public async Task<string> SlackBotTokenAsync(CancellationToken ct)
    {
        var response = await ssm.GetParameterAsync(new GetParameterRequest { Name = SlackBotTokenParameter, WithDecryption = true }, ct);
        var slackBotToken = response.Parameter.Value;

        logger.LogDebug("Slack bot token version {Version}: {SlackBotToken}", response.Parameter.Version, slackBotToken);  // expect: log
        return slackBotToken;
    }

    public async Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct)
    {
        var names = new List<string>();
        string? nextToken = null;
        do
        {
            var page = await secrets.ListSecretsAsync(new ListSecretsRequest { NextToken = nextToken, MaxResults = 100 }, ct);
            names.AddRange(page.SecretList.Select(s => s.Name));
            nextToken = page.NextToken;
            logger.LogDebug("Listed {Count} secrets, next page {NextToken}", names.Count, nextToken);  // expect: none
        }
        while (nextToken is not null);

        return names;
    }
}
