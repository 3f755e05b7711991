using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace SecureConnectors.Testing.Routing;

/// <summary>
/// A route template (<c>employees/{id}</c>, <c>repos/{owner}/{repo}/contents/{**path}</c>) as a matcher of request
/// paths relative to the connector's base path: literal text as written, <c>{name}</c> one escaped segment,
/// <c>{**name}</c> the rest of the path. A query written into the template (<c>employees?active=true</c>) is not part of the match.
/// </summary>
internal sealed class RouteMatcher
{
    private static readonly Regex Placeholder = new(@"\{(\*\*)?([^{}]+)\}", RegexOptions.CultureInvariant);

    private readonly Regex pattern;
    private readonly List<string> parameters;

    private RouteMatcher(Regex pattern, List<string> parameters, int specificity, string? lastLiteralSegment)
    {
        this.pattern = pattern;
        this.parameters = parameters;
        Specificity = specificity;
        LastLiteralSegment = lastLiteralSegment;
    }

    /// <summary>Lower matches first: fewer placeholders, a catch-all after every other.</summary>
    public int Specificity { get; }

    /// <summary>The last path segment without a placeholder (<c>employees</c> of <c>employees/{id}</c>), or null.</summary>
    public string? LastLiteralSegment { get; }

    public static RouteMatcher Parse(string route)
    {
        var path = route.StartsWith("/", StringComparison.Ordinal) ? route.Substring(1) : route;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path.Substring(0, query);
        }

        var regex = new StringBuilder("^");
        var parameters = new List<string>();
        var specificity = 0;
        var at = 0;
        foreach (Match placeholder in Placeholder.Matches(path))
        {
            regex.Append(Regex.Escape(path.Substring(at, placeholder.Index - at)));
            var catchAll = placeholder.Groups[1].Success;
            regex.Append(catchAll ? "(.*)" : "([^/]+)");
            parameters.Add(placeholder.Groups[2].Value);
            specificity += catchAll ? 1000 : 1;
            at = placeholder.Index + placeholder.Length;
        }

        regex.Append(Regex.Escape(path.Substring(at))).Append('$');
        string? last = null;
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length > 0 && segment.IndexOf('{') < 0)
            {
                last = segment;
            }
        }

        return new RouteMatcher(new Regex(regex.ToString(), RegexOptions.CultureInvariant), parameters, specificity, last);
    }

    /// <summary>
    /// The route values (unescaped) when <paramref name="relativePath"/> (escaped, without the base path) matches; else null.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Match(string relativePath)
    {
        var match = pattern.Match(relativePath);
        if (!match.Success)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < parameters.Count; i++)
        {
            values[parameters[i]] = Uri.UnescapeDataString(match.Groups[i + 1].Value);
        }

        return values;
    }
}
