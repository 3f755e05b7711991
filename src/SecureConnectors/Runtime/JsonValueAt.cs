using System;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>Finds the value at a path of object property names in a JSON document, skipping every other value unread.</summary>
internal static class JsonValueAt
{
    /// <summary>
    /// True with <paramref name="value"/> on the value's first token when every segment of <paramref name="path"/> names
    /// a property of the object before it; false for a missing property, a non-object on the way, or malformed JSON.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<byte> json, string[] path, out Utf8JsonReader value)
    {
        value = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!value.Read())
            {
                return false;
            }

            foreach (var segment in path)
            {
                if (!MoveToProperty(ref value, segment))
                {
                    return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool MoveToProperty(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = reader.ValueTextEquals(name);
            if (!reader.Read())
            {
                return false;
            }

            if (matches)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }
}
