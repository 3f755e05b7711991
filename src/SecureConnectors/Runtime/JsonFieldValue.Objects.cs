using System.Collections.Generic;
using System.Text.Json;

namespace SecureConnectors.Runtime;

// Nested projections: the nested reader throws with paths relative to its object; these put the field's path
// (and the item's index) in front, so that the error names the value from the enclosing projection's object.
public static partial class JsonFieldValue
{
    /// <summary>A nested projection's object; null is refused.</summary>
    public static T ReadObject<T>(ref Utf8JsonReader reader, ResponseField field, ulong fieldMask, ResponseReader<T> read)
    {
        ExpectStartObject(ref reader, field);
        try
        {
            return read(ref reader, fieldMask);
        }
        catch (InvalidResponseException e)
        {
            e.PrependPath(field.Path);
            throw;
        }
    }

    /// <summary>A nested projection's object, or null.</summary>
    public static T? ReadNullableObject<T>(ref Utf8JsonReader reader, ResponseField field, ulong fieldMask, ResponseReader<T> read)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : ReadObject(ref reader, field, fieldMask, read);

    /// <summary>A JSON array of a nested projection's objects; null is refused.</summary>
    public static IReadOnlyList<T> ReadObjects<T>(ref Utf8JsonReader reader, ResponseField field, ulong fieldMask, ResponseReader<T> read)
    {
        ExpectStartArray(ref reader, field);
        var items = new List<T>();
        while (NextItem(ref reader))
        {
            try
            {
                ExpectStartObject(ref reader, field.Item);
                items.Add(read(ref reader, fieldMask));
            }
            catch (InvalidResponseException e)
            {
                e.PrependIndex(items.Count).PrependPath(field.Path);
                throw;
            }
        }

        return items;
    }

    /// <summary>A JSON array of a nested projection's objects, or null.</summary>
    public static IReadOnlyList<T>? ReadNullableObjects<T>(ref Utf8JsonReader reader, ResponseField field, ulong fieldMask, ResponseReader<T> read) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadObjects(ref reader, field, fieldMask, read);
}
