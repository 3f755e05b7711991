using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// Walks one JSON document from its root to the values at a few dotted paths (the result, a cursor, a has-more flag)
/// in a single pass, skipping every other value unread. Skipping still validates it, so a document that is malformed
/// after the result is refused, not half-trusted.
/// </summary>
internal static class JsonPathWalker
{
    /// <summary>Called with the reader on the first token of the value at <paramref name="target"/>; must leave it on that value's last token.</summary>
    public delegate void ValueFound(int target, ref Utf8JsonReader reader);

    /// <summary>
    /// Walks from the token the reader is on (the root's first) to the root's last token, calling
    /// <paramref name="found"/> once for each target path reached. An empty path is the root itself; a null one is
    /// never reached.
    /// </summary>
    public static void Walk(ref Utf8JsonReader reader, IReadOnlyList<string[]?> targets, ValueFound found)
    {
        var all = new List<int>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is not null)
            {
                all.Add(i);
            }
        }

        Visit(ref reader, targets, all, 0, found);
    }

    /// <summary>"paging.next.after" as its segments; null or empty gives the root.</summary>
    public static string[] Split(string? path) =>
        string.IsNullOrEmpty(path) ? Array.Empty<string>() : path!.Split('.');

    private static void Visit(ref Utf8JsonReader reader, IReadOnlyList<string[]?> targets, List<int> candidates, int depth, ValueFound found)
    {
        foreach (var candidate in candidates)
        {
            if (targets[candidate]!.Length == depth)
            {
                found(candidate, ref reader);
                return;
            }
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // Arrays and scalars on the way hold none of the targets (paths name properties only).
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            List<int>? deeper = null;
            foreach (var candidate in candidates)
            {
                if (reader.ValueTextEquals(targets[candidate]![depth]))
                {
                    (deeper ??= new List<int>(1)).Add(candidate);
                }
            }

            if (!reader.Read())
            {
                throw new JsonException("The document ends inside an object.");
            }

            if (deeper is null)
            {
                reader.Skip();
            }
            else
            {
                Visit(ref reader, targets, deeper, depth + 1, found);
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("The document ends inside an object.");
        }
    }
}
