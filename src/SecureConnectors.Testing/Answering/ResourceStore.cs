using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SecureConnectors.Testing.Answering;

/// <summary>The objects loaded with <see cref="FakeProvider.AddResource"/>, per resource name; safe to read while another thread loads.</summary>
internal sealed class ResourceStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, List<JsonElement>> byResource = new(StringComparer.Ordinal);

    /// <summary>Adds the objects of <paramref name="json"/>, a JSON array of objects that each have an <c>id</c>.</summary>
    public void Add(string resource, string json)
    {
        var items = new List<JsonElement>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The data of resource '{resource}' is not JSON.", nameof(json), e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new ArgumentException($"The data of resource '{resource}' must be a JSON array of objects.", nameof(json));
            }

            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("id", out var id)
                    || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                {
                    throw new ArgumentException(
                        $"Item {index} of resource '{resource}' is not an object with a string or number 'id'; routes find objects by their id.", nameof(json));
                }

                // A clone outlives the document.
                items.Add(item.Clone());
                index++;
            }
        }

        lock (gate)
        {
            if (!byResource.TryGetValue(resource, out var existing))
            {
                byResource[resource] = existing = new List<JsonElement>();
            }

            existing.AddRange(items);
        }
    }

    /// <summary>A copy of the resource's objects, in the order they were added; empty for a resource never loaded.</summary>
    public IReadOnlyList<JsonElement> Items(string? resource)
    {
        lock (gate)
        {
            return resource is not null && byResource.TryGetValue(resource, out var items) ? items.ToArray() : Array.Empty<JsonElement>();
        }
    }

    /// <summary>The id as route values and cursors carry it: a string's text, a number's JSON text.</summary>
    public static string IdOf(JsonElement item) =>
        item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
}
