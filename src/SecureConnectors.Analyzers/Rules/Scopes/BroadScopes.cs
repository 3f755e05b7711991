using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SecureConnectors.Analyzers.Rules.Scopes;

/// <summary>
/// Which grants are broad: a wildcard (<c>*</c> anywhere), an all-access name (admin, root, all, full_access,
/// superuser) as the whole scope or as its last segment after ':', '.' or '/', or a match of the .editorconfig option
/// <c>secure_connectors.broad_scope_patterns</c> (comma-separated, <c>*</c> matches any text, case-insensitive).
/// </summary>
internal sealed class BroadScopes
{
    public const string OptionKey = "secure_connectors.broad_scope_patterns";

    public static readonly BroadScopes Default = new(ImmutableArray<(string, Regex)>.Empty);

    private static readonly ImmutableHashSet<string> AllAccessNames =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "admin", "root", "all", "full_access", "superuser");

    private readonly ImmutableArray<(string Pattern, Regex Regex)> patterns;

    private BroadScopes(ImmutableArray<(string, Regex)> patterns)
    {
        this.patterns = patterns;
    }

    public static BroadScopes Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        var builder = ImmutableArray.CreateBuilder<(string, Regex)>();
        foreach (var raw in value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = raw.Trim();
            if (pattern.Length > 0)
            {
                var regex = "^" + Regex.Escape(pattern).Replace("\\*", ".*") + "$";
                builder.Add((pattern, new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))));
            }
        }

        return new BroadScopes(builder.ToImmutable());
    }

    /// <summary>Why <paramref name="scope"/> is broad, for the message; null when it is not.</summary>
    public string? Reason(string scope)
    {
        if (scope.IndexOf('*') >= 0)
        {
            return "a wildcard";
        }

        var lastSegment = scope.Substring(scope.LastIndexOfAny(new[] { ':', '.', '/' }) + 1);
        if (AllAccessNames.Contains(scope) || AllAccessNames.Contains(lastSegment))
        {
            return "an all-access scope";
        }

        foreach (var (pattern, regex) in patterns)
        {
            try
            {
                if (regex.IsMatch(scope))
                {
                    return $"matched by the broad scope pattern '{pattern}'";
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern is not a reason to fail the build.
            }
        }

        return null;
    }
}
