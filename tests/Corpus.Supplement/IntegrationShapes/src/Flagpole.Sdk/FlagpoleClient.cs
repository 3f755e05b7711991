using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Flagpole;

/// <summary>Who a flag is evaluated for: the application fills it from its own user.</summary>
public sealed record EvaluationContext(string Key, string? Email = null, string? Country = null);

public sealed record FlagRule(bool Enabled, IReadOnlyList<string> Countries, IReadOnlyList<string> EmailDomains)
{
    public bool Evaluate(EvaluationContext context) =>
        Enabled
        && (Countries.Count == 0 || Countries.Contains(context.Country ?? ""))
        && (EmailDomains.Count == 0 || EmailDomains.Any(domain => context.Email?.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase) == true));
}

public sealed class FlagpoleClient(FlagpoleOptions options, ConfigFetcher fetcher, ILogger<FlagpoleClient> logger)
{
    private Dictionary<string, FlagRule> _flags = [];

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var json = await fetcher.FetchAsync(cancellationToken);
        if (json is not null)
        {
            _flags = JsonSerializer.Deserialize<Dictionary<string, FlagRule>>(json) ?? [];
        }

        logger.LogInformation("Flagpole ready with key {SdkKeyHint}, {Count} flags", SdkKeys.Mask(options.SdkKey), _flags.Count);  // expect: none
    }

    public bool IsEnabled(string flagKey, EvaluationContext context, bool defaultValue = false)
    {
        if (!_flags.TryGetValue(flagKey, out var rule))
        {
            logger.LogWarning("Flag {FlagKey} not found; serving {Default}", flagKey, defaultValue);
            return defaultValue;
        }

        var value = rule.Evaluate(context);
        logger.LogDebug("Flag {FlagKey} = {Value} for user {UserKey}", flagKey, value, context.Key);  // expect: none
        logger.LogTrace("Evaluation context {@Context}", context);  // expect: log
        return value;
    }
}

public static class SdkKeys
{
    /// <summary>"srv-" and four characters, for logs and support tickets.</summary>
    public static string Mask(string sdkKey) => sdkKey.Length <= 8 ? "****" : sdkKey[..8] + "****";
}
