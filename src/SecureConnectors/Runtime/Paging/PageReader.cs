using System;
using System.Text;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// Reads one page in one pass: the items (at the result path, or the whole response), and the next cursor or
/// has-more flag wherever they sit. Items are read one by one so that the last one's cursor property can be read
/// even when the projection does not keep it.
/// </summary>
internal static class PageReader
{
    private const int Items = 0;
    private const int NextCursor = 1;
    private const int HasMore = 2;

    public static Page<T> Read<T>(ref Utf8JsonReader reader, ulong fieldMask, PagingDefinition paging, ResponseReader<T> readItem)
    {
        var page = new Page<T>();
        var sawItems = false;
        JsonPathWalker.Walk(ref reader, paging.Targets, (int target, ref Utf8JsonReader value) =>
        {
            switch (target)
            {
                case Items:
                    sawItems = true;
                    ReadItems(ref value, fieldMask, paging, readItem, page);
                    break;
                case NextCursor when paging.NextCursorPath is not null:
                    page.NextCursor = Scalar(ref value);
                    break;
                case HasMore when paging.HasMorePath is not null:
                    page.HasMore = value.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False or JsonTokenType.Null => false,
                        _ => throw new JsonException("The has-more flag is not a boolean."),
                    };
                    break;
                default:
                    value.Skip();
                    break;
            }
        });
        if (!sawItems)
        {
            throw ResultPaths.Missing(paging.ResultPath ?? "");
        }

        return page;
    }

    private static void ReadItems<T>(ref Utf8JsonReader reader, ulong fieldMask, PagingDefinition paging, ResponseReader<T> readItem, Page<T> page)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("The page's items are not an array.");
        }

        var lastItem = default(Utf8JsonReader);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // A copy of the reader is a checkpoint: the buffer is whole, so the last item can be read again for its cursor.
            lastItem = reader;
            page.Items.Add(ResultPaths.ReadInside(ref reader, fieldMask, readItem, paging.ResultPath, page.Items.Count));
        }

        if (paging.CursorFromLastItem is not null && page.Items.Count > 0)
        {
            page.NextCursor = PropertyOf(ref lastItem, paging.CursorFromLastItem);
        }
    }

    private static string? PropertyOf(ref Utf8JsonReader item, string name)
    {
        if (item.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (item.Read() && item.TokenType == JsonTokenType.PropertyName)
        {
            var match = item.ValueTextEquals(name);
            item.Read();
            if (match)
            {
                return Scalar(ref item);
            }

            item.Skip();
        }

        return null;
    }

    // A cursor is text; a provider may send it as a number. Never an object: that is a read error.
    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
        JsonTokenType.Null => null,
        _ => throw new JsonException("A cursor is not a string or a number."),
    };
}
