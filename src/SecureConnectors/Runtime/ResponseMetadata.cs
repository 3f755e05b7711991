using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SecureConnectors.Runtime;

/// <summary>Reads a response's status, headers and <c>Location</c> into a <see cref="ConnectorResponse"/>.</summary>
internal static class ResponseMetadata
{
    /// <summary>
    /// The metadata of <paramref name="response"/>: its own headers and its content's, nothing of the request; the
    /// <c>Location</c> resolved against the address that answered (<paramref name="fallbackAddress"/> when the response
    /// does not say).
    /// </summary>
    public static ConnectorResponse Read(HttpResponseMessage response, Uri fallbackAddress)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(headers, response.Headers);
        if (response.Content is { } content)
        {
            Add(headers, content.Headers);
        }

        var location = response.Headers.Location;
        if (location is not null && !location.IsAbsoluteUri)
        {
            location = new Uri(response.RequestMessage?.RequestUri ?? fallbackAddress, location);
        }

        return ConnectorResponse.FromProvider(response.StatusCode, new ReadOnlyDictionary<string, IReadOnlyList<string>>(headers), location);
    }

    // The values as received: without validation, a header the typed parsers would reject or rewrite is kept as sent.
    private static void Add(Dictionary<string, IReadOnlyList<string>> into, HttpHeaders headers)
    {
#if NET
        foreach (var header in headers.NonValidated)
        {
            var values = new List<string>(header.Value.Count);
            foreach (var value in header.Value)
            {
                values.Add(value);
            }

            Merge(into, header.Key, values);
        }
#else
        foreach (var header in headers)
        {
            Merge(into, header.Key, new List<string>(header.Value));
        }
#endif
    }

    private static void Merge(Dictionary<string, IReadOnlyList<string>> into, string name, List<string> values)
    {
        if (into.TryGetValue(name, out var existing))
        {
            values.InsertRange(0, existing);
        }

        into[name] = values.AsReadOnly();
    }
}
