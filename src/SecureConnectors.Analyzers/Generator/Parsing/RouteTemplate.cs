using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Splits a route template into literal text and <c>{parameter}</c> (or catch-all <c>{**path}</c>) placeholders. Routes are relative to the
/// connector's base address, so a leading '/' is dropped (it would otherwise discard the base path).
/// </summary>
internal static class RouteTemplate
{
    public static bool TryParse(string route, out List<RouteSegment> segments, out string error)
    {
        segments = new List<RouteSegment>();
        error = "";
        if (route.Contains("://") || route.StartsWith("//", System.StringComparison.Ordinal))
        {
            error = "a route is relative to the connector's BaseUrl and cannot name another host; write the path only (\"employees/{id}\"), and declare another host as its own [Connector]";
            return false;
        }

        if (route.IndexOf('#') >= 0)
        {
            error = "a route cannot have a fragment ('#'); remove it, a fragment is never sent to the provider";
            return false;
        }

        var text = route.StartsWith("/", System.StringComparison.Ordinal) ? route.Substring(1) : route;
        var literal = new StringBuilder();
        var queryStart = text.IndexOf('?');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                error = "'}' without a matching '{'; write a placeholder as {name}, with name a parameter of the method";
                return false;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                error = "'{' without a matching '}'; close the placeholder: {name}";
                return false;
            }

            var name = text.Substring(i + 1, end - i - 1);
            // {**path}: a value that may hold '/' (a file path); it ends the path, so nothing it holds can shift a later segment.
            var isCatchAll = name.StartsWith("**", System.StringComparison.Ordinal);
            if (isCatchAll)
            {
                name = name.Substring(2);
                if (end + 1 < text.Length && text[end + 1] != '?')
                {
                    error = $"'{{**{name}}}' must end the path";
                    return false;
                }
            }

            if (!SyntaxFacts.IsValidIdentifier(name))
            {
                error = $"'{{{name}}}' is not a parameter name; write the name of a parameter of the method between the braces";
                return false;
            }

            if (queryStart >= 0 && i > queryStart)
            {
                error = $"'{{{name}}}' is in the query; remove it from the route and mark the parameter [Query(\"{name}\")]";
                return false;
            }

            if (literal.Length > 0)
            {
                segments.Add(new RouteSegment(false, literal.ToString()));
                literal.Clear();
            }

            segments.Add(new RouteSegment(true, name, isCatchAll));
            i = end;
        }

        if (literal.Length > 0)
        {
            segments.Add(new RouteSegment(false, literal.ToString()));
        }

        return true;
    }
}
