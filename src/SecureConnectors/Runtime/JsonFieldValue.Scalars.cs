using System;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace SecureConnectors.Runtime;

// One pair per value kind: Read (null is an error) and ReadNullable. Numbers also come as JSON strings holding the
// number in invariant culture ("1500.00": HubSpot, Stripe); DateTimeOffset also comes as Unix seconds (Stripe).
public static partial class JsonFieldValue
{
    /// <summary>A string; null is refused.</summary>
    public static string ReadString(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Wrong(ref reader, field, "string", "expected a string");

    /// <summary>A string or null.</summary>
    public static string? ReadNullableString(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, field);

    /// <summary>A boolean.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, ResponseField field) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Wrong(ref reader, field, "bool", "expected a boolean"),
    };

    /// <summary>A boolean or null.</summary>
    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadBoolean(ref reader, field);

    /// <summary>A 32-bit integer, as a number or a string holding one.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = NumberText(ref reader);
            if (Utf8Parser.TryParse(text, out value, out var used) && used == text.Length)
            {
                return value;
            }
        }

        throw Wrong(ref reader, field, "int", "expected a 32-bit integer");
    }

    /// <summary>A 32-bit integer or null.</summary>
    public static int? ReadNullableInt32(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadInt32(ref reader, field);

    /// <summary>A 64-bit integer, as a number or a string holding one.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = NumberText(ref reader);
            if (Utf8Parser.TryParse(text, out value, out var used) && used == text.Length)
            {
                return value;
            }
        }

        throw Wrong(ref reader, field, "long", "expected a 64-bit integer");
    }

    /// <summary>A 64-bit integer or null.</summary>
    public static long? ReadNullableInt64(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadInt64(ref reader, field);

    /// <summary>A double, as a number or a string holding one.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = NumberText(ref reader);
            if (Utf8Parser.TryParse(text, out value, out var used) && used == text.Length)
            {
                return value;
            }
        }

        throw Wrong(ref reader, field, "double", "expected a number");
    }

    /// <summary>A double or null.</summary>
    public static double? ReadNullableDouble(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDouble(ref reader, field);

    /// <summary>A decimal, as a number or a string holding one.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = NumberText(ref reader);
            if (Utf8Parser.TryParse(text, out value, out var used) && used == text.Length)
            {
                return value;
            }
        }

        throw Wrong(ref reader, field, "decimal", "expected a decimal number");
    }

    /// <summary>A decimal or null.</summary>
    public static decimal? ReadNullableDecimal(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDecimal(ref reader, field);

    /// <summary>A GUID in a string.</summary>
    public static Guid ReadGuid(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : throw Wrong(ref reader, field, "Guid", "expected a GUID");

    /// <summary>A GUID or null.</summary>
    public static Guid? ReadNullableGuid(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadGuid(ref reader, field);

    /// <summary>An ISO 8601 date and time with offset, or Unix seconds as a JSON number.</summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader, ResponseField field)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds)
            && seconds >= MinUnixSeconds && seconds <= MaxUnixSeconds)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        throw Wrong(ref reader, field, "DateTimeOffset", "expected an ISO 8601 date or Unix seconds");
    }

    /// <summary>A date and time with offset, or null.</summary>
    public static DateTimeOffset? ReadNullableDateTimeOffset(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDateTimeOffset(ref reader, field);

    /// <summary>An ISO 8601 date and time.</summary>
    public static DateTime ReadDateTime(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value) ? value : throw Wrong(ref reader, field, "DateTime", "expected an ISO 8601 date");

    /// <summary>An ISO 8601 date and time, or null.</summary>
    public static DateTime? ReadNullableDateTime(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDateTime(ref reader, field);

#if NET
    /// <summary>An ISO 8601 date ("2024-01-15"); a time of day, when present, is dropped.</summary>
    public static DateOnly ReadDateOnly(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value) ? DateOnly.FromDateTime(value) : throw Wrong(ref reader, field, "DateOnly", "expected an ISO 8601 date");

    /// <summary>An ISO 8601 date, or null.</summary>
    public static DateOnly? ReadNullableDateOnly(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDateOnly(ref reader, field);
#endif

    /// <summary>An absolute or relative URI in a string.</summary>
    public static Uri ReadUri(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.String && Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var value)
            ? value
            : throw Wrong(ref reader, field, "Uri", "expected a URI");

    /// <summary>A URI or null.</summary>
    public static Uri? ReadNullableUri(ref Utf8JsonReader reader, ResponseField field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadUri(ref reader, field);

    /// <summary>The read error of a value that does not fit <paramref name="type"/>: the reason, never the value.</summary>
    public static InvalidResponseException Wrong(ref Utf8JsonReader reader, ResponseField field, string type, string expected) =>
        field.Error(reader.TokenType == JsonTokenType.Null ? $"null for non-nullable {type}" : expected);

    // DateTimeOffset's range in Unix seconds.
    private const long MinUnixSeconds = -62135596800;
    private const long MaxUnixSeconds = 253402300799;

    // The raw text of a string token; escaped text (rare in numbers) is unescaped first.
    private static ReadOnlySpan<byte> NumberText(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
}
