using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SecureConnectors.Runtime;

/// <summary>
/// The headers a call declares: fixed ones from the operation's definition, per-call ones from its parameters. Values
/// never hold control characters (a line break would start another header); credentials never travel here.
/// </summary>
internal static class RequestHeaders
{
    private static readonly KeyValuePair<string, string>[] None = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Name/value pairs from a flattened list; a null value (a per-call header left out) is skipped.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FromPairs(IReadOnlyList<string?>? flattened)
    {
        if (flattened is null || flattened.Count == 0)
        {
            return None;
        }

        if (flattened.Count % 2 != 0)
        {
            throw new ArgumentException("Headers come as name, value pairs.", nameof(flattened));
        }

        var pairs = new List<KeyValuePair<string, string>>(flattened.Count / 2);
        for (var i = 0; i < flattened.Count; i += 2)
        {
            var name = flattened[i] ?? throw new ArgumentException("A header needs a name.", nameof(flattened));
            if (flattened[i + 1] is { } value)
            {
                EnsureSendable(value, name);
                pairs.Add(new KeyValuePair<string, string>(name, value));
            }
        }

        return pairs;
    }

    /// <summary>Fixed headers, then per-call ones; a declared <c>Accept</c> replaces the default <c>application/json</c>.</summary>
    public static void Apply(HttpRequestMessage request, IReadOnlyList<KeyValuePair<string, string>> fixedHeaders, IReadOnlyList<KeyValuePair<string, string>> perCall)
    {
        var acceptDeclared = false;
        foreach (var header in fixedHeaders)
        {
            acceptDeclared |= Add(request, header);
        }

        foreach (var header in perCall)
        {
            acceptDeclared |= Add(request, header);
        }

        if (!acceptDeclared)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }
    }

    /// <summary>Refuses a value with control characters; the message names the header, never the value.</summary>
    public static void EnsureSendable(string value, string name)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c != '\t')
            {
                throw new ArgumentException($"The value of header '{name}' holds control characters and cannot be sent.", name);
            }
        }
    }

    private static bool Add(HttpRequestMessage request, KeyValuePair<string, string> header)
    {
        request.Headers.Remove(header.Key);
        request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return string.Equals(header.Key, "Accept", StringComparison.OrdinalIgnoreCase);
    }
}
