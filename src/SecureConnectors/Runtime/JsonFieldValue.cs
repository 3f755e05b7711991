using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// The reading steps of generated projection readers: walk an object's properties, read a field's value with a
/// type check, skip everything else without materialising it. Failures are <see cref="JsonException"/>s without
/// content; the client turns them into a <see cref="ConnectorException"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonFieldValue
{
    /// <summary>Fails unless the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object.");
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

    /// <summary>Reads a JSON array of objects with <paramref name="readItem"/>.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, ulong fieldMask, ResponseReader<T> readItem)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a JSON array.");
        }

        var items = new List<T>();
        while (true)
        {
            MoveToValue(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            items.Add(readItem(ref reader, fieldMask));
        }
    }

    /// <summary>A string; null is refused.</summary>
    public static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw WrongType("a string");

    /// <summary>A string or null.</summary>
    public static string? ReadNullableString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader);

    /// <summary>A boolean.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongType("a boolean"),
    };

    /// <summary>A boolean or null.</summary>
    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadBoolean(ref reader);

    /// <summary>A 32-bit integer.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw WrongType("a 32-bit integer");

    /// <summary>A 32-bit integer or null.</summary>
    public static int? ReadNullableInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadInt32(ref reader);

    /// <summary>A 64-bit integer.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw WrongType("a 64-bit integer");

    /// <summary>A 64-bit integer or null.</summary>
    public static long? ReadNullableInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadInt64(ref reader);

    /// <summary>A double.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw WrongType("a number");

    /// <summary>A double or null.</summary>
    public static double? ReadNullableDouble(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDouble(ref reader);

    /// <summary>A decimal.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw WrongType("a decimal number");

    /// <summary>A decimal or null.</summary>
    public static decimal? ReadNullableDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDecimal(ref reader);

    /// <summary>A GUID in a string.</summary>
    public static Guid ReadGuid(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw WrongType("a GUID");

    /// <summary>A GUID or null.</summary>
    public static Guid? ReadNullableGuid(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadGuid(ref reader);

    /// <summary>An ISO 8601 date and time with offset.</summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : throw WrongType("an ISO 8601 date");

    /// <summary>An ISO 8601 date and time with offset, or null.</summary>
    public static DateTimeOffset? ReadNullableDateTimeOffset(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDateTimeOffset(ref reader);

    /// <summary>An ISO 8601 date and time.</summary>
    public static DateTime ReadDateTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value) ? value : throw WrongType("an ISO 8601 date");

    /// <summary>An ISO 8601 date and time, or null.</summary>
    public static DateTime? ReadNullableDateTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDateTime(ref reader);

    // Names the expected type only: the value itself may be personal data.
    private static JsonException WrongType(string expected) => new($"Expected {expected}.");
}
