using System;
using System.Collections.Generic;
using System.Net.Http;

namespace SecureConnectors.Runtime;

/// <summary>Finds <c>rel="next"</c> in a response's <c>Link</c> headers (RFC 8288), as GitHub sends them.</summary>
internal static class LinkHeader
{
    public static Uri? Next(HttpResponseMessage response, Uri requestAddress)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            foreach (var (target, parameters) in Parse(value))
            {
                if (HasRelNext(parameters) && Uri.TryCreate(requestAddress, target, out var next))
                {
                    return next;
                }
            }
        }

        return null;
    }

    // <target>; param; param, <target>; param ... A target may hold ',' and ';' (it is between < and >).
    private static IEnumerable<(string Target, string Parameters)> Parse(string header)
    {
        var position = 0;
        while (true)
        {
            var open = header.IndexOf('<', position);
            if (open < 0)
            {
                yield break;
            }

            var close = header.IndexOf('>', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var nextLink = header.IndexOf('<', close + 1);
            var end = nextLink < 0 ? header.Length : header.LastIndexOf(',', nextLink);
            if (end <= close)
            {
                end = nextLink < 0 ? header.Length : nextLink;
            }

            yield return (header.Substring(open + 1, close - open - 1).Trim(), header.Substring(close + 1, end - close - 1));
            if (nextLink < 0)
            {
                yield break;
            }

            position = nextLink;
        }
    }

    // rel may list several relation types: rel="next last".
    private static bool HasRelNext(string parameters)
    {
        foreach (var parameter in parameters.Split(';'))
        {
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !string.Equals(parameter.Substring(0, equals).Trim(), "rel", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var relation in parameter.Substring(equals + 1).Trim().Trim('"').Split(' '))
            {
                if (string.Equals(relation, "next", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
