using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// The reading steps of generated projection readers: walk an object's properties, read a value with a type check,
/// skip everything else without materialising it. Structural failures are <see cref="JsonException"/>s without
/// content; value failures are <see cref="InvalidResponseException"/>s that name the field and never the value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class JsonFieldValue
{
    /// <summary>Fails unless the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidResponseException("expected a JSON object", null, null, "");
        }
    }

    /// <summary>Fails unless the reader is on the start of an object; the error names <paramref name="field"/>.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw field.Error(reader.TokenType == JsonTokenType.Null ? "null for a non-nullable object" : "expected a JSON object");
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Moves to the next item of the current array; false at its end.</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        MoveToValue(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Moves from a property name to its value.</summary>
    public static void MoveToValue(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends before a value.");
        }
    }

    /// <summary>Skips the value of the current property, nested objects and arrays included, without reading them.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        MoveToValue(ref reader);
        reader.Skip();
    }

    /// <summary>Reads a JSON array of objects with <paramref name="readItem"/>; an item's error path starts with its index.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, ulong fieldMask, ResponseReader<T> readItem)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new InvalidResponseException("expected a JSON array", null, null, "");
        }

        var items = new List<T>();
        while (NextItem(ref reader))
        {
            try
            {
                items.Add(readItem(ref reader, fieldMask));
            }
            catch (InvalidResponseException e)
            {
                e.PrependIndex(items.Count);
                throw;
            }
        }

        return items;
    }

    /// <summary>Fails unless the reader is on the start of an array; the error names <paramref name="field"/>.</summary>
    public static void ExpectStartArray(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw field.Error(reader.TokenType == JsonTokenType.Null ? "null for a non-nullable list" : "expected a JSON array");
        }
    }

    /// <summary>A JSON array read item by item with <paramref name="readItem"/>; an item's error path ends with its index.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, ResponseField field, JsonValueReader<T> readItem)
    {
        ExpectStartArray(ref reader, field);
        var items = new List<T>();
        while (NextItem(ref reader))
        {
            try
            {
                items.Add(readItem(ref reader, field.Item));
            }
            catch (InvalidResponseException e)
            {
                e.PrependIndex(items.Count).PrependPath(field.Path);
                throw;
            }
        }

        return items;
    }

    /// <summary>A JSON array, or null for JSON null.</summary>
    public static IReadOnlyList<T>? ReadNullableList<T>(ref Utf8JsonReader reader, ResponseField field, JsonValueReader<T> readItem) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadList(ref reader, field, readItem);

    /// <summary>A JSON object read as a map of names to values with <paramref name="readValue"/>.</summary>
    public static IReadOnlyDictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, ResponseField field, JsonValueReader<T> readValue)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw field.Error(reader.TokenType == JsonTokenType.Null ? "null for a non-nullable map" : "expected a JSON object");
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            MoveToValue(ref reader);
            try
            {
                map[key] = readValue(ref reader, field.Item);
            }
            catch (InvalidResponseException e)
            {
                // A key is a name the provider or the account chose, not a value of the record.
                e.PrependPath(key).PrependPath(field.Path);
                throw;
            }
        }

        return map;
    }

    /// <summary>A map, or null for JSON null.</summary>
    public static IReadOnlyDictionary<string, T>? ReadNullableMap<T>(ref Utf8JsonReader reader, ResponseField field, JsonValueReader<T> readValue) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadMap(ref reader, field, readValue);

    /// <summary>The empty map a non-nullable map property keeps when its field is missing or masked out.</summary>
    public static IReadOnlyDictionary<string, T> EmptyMap<T>() => EmptyMapOf<T>.Instance;

    private static class EmptyMapOf<T>
    {
        public static readonly IReadOnlyDictionary<string, T> Instance = new Dictionary<string, T>(0);
    }
}
