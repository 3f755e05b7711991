using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace SecureConnectors.Testing.Answering;

/// <summary>
/// Writes the fake's answers: objects with only the top-level properties a filter keeps, as one object or a list,
/// inside the operation's result path (<c>data</c>, <c>data.items</c>) when it declares one.
/// </summary>
internal static class AnswerWriter
{
    public static string Object(JsonElement item, Func<string, bool> keep, string? resultPath) =>
        Write(resultPath, writer => WriteObject(writer, item, keep));

    public static string List(IEnumerable<JsonElement> items, Func<string, bool> keep, string? resultPath) =>
        Write(resultPath, writer =>
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                WriteObject(writer, item, keep);
            }

            writer.WriteEndArray();
        });

    /// <summary>An error body: <c>{"error": "..."}</c>. Messages name declarations, never a credential.</summary>
    public static string Error(string message) =>
        Write(null, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", message);
            writer.WriteEndObject();
        });

    private static void WriteObject(Utf8JsonWriter writer, JsonElement item, Func<string, bool> keep)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            item.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in item.EnumerateObject())
        {
            if (keep(property.Name))
            {
                property.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static string Write(string? resultPath, Action<Utf8JsonWriter> value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            var envelope = string.IsNullOrEmpty(resultPath) ? Array.Empty<string>() : resultPath!.Split('.');
            foreach (var name in envelope)
            {
                writer.WriteStartObject();
                writer.WritePropertyName(name);
            }

            value(writer);
            foreach (var _ in envelope)
            {
                writer.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
