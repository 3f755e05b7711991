using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace SecureConnectors.Benchmarks.Connectors;

/// <summary>One 60-field worker record as a provider sends it (about 2.5 KB), plus nested data the projection skips.</summary>
internal static class WorkerJson
{
    public static byte[] Create()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            for (var i = 0; i < 60; i++)
            {
                var name = "field" + i.ToString("00", CultureInfo.InvariantCulture);
                switch (i % 6)
                {
                    case 0: writer.WriteString(name, "value of field " + i + " for worker w-000123"); break;
                    case 1: writer.WriteNumber(name, 1000 + i); break;
                    case 2: writer.WriteBoolean(name, i % 4 == 0); break;
                    case 3: writer.WriteNumber(name, 1234.56m + i); break;
                    case 4: writer.WriteString(name, "optional text " + i); break;
                    default: writer.WriteString(name, new DateTimeOffset(2024, 1, 1 + (i % 28), 9, 30, 0, TimeSpan.Zero)); break;
                }
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The 60-field record with objects and lists (about 3.5 KB): 55 scalars, an address, a manager, phones, tags, teams.</summary>
    public static byte[] CreateNested()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            for (var i = 0; i < 55; i++)
            {
                var name = "n" + i.ToString("00", CultureInfo.InvariantCulture);
                switch (i % 6)
                {
                    case 0: writer.WriteString(name, "value of field " + i + " for worker w-000123"); break;
                    case 1: writer.WriteNumber(name, 1000 + i); break;
                    case 2: writer.WriteBoolean(name, i % 4 == 0); break;
                    case 3: writer.WriteNumber(name, 1234.56m + i); break;
                    case 4: writer.WriteString(name, "optional text " + i); break;
                    default: writer.WriteString(name, new DateTimeOffset(2024, 1, 1 + (i % 28), 9, 30, 0, TimeSpan.Zero)); break;
                }

                // Objects and lists spread through the record, as providers send them.
                if (i == 10)
                {
                    writer.WriteStartObject("address");
                    writer.WriteString("line1", "1 Example Street");
                    writer.WriteNull("line2");
                    writer.WriteString("city", "Springfield");
                    writer.WriteString("region", "Example Region");
                    writer.WriteString("postalCode", "00000");
                    writer.WriteString("country", "XX");
                    writer.WriteEndObject();
                }
                else if (i == 20)
                {
                    WriteRef(writer, "manager", 7);
                }
                else if (i == 30)
                {
                    writer.WriteStartArray("phones");
                    for (var p = 0; p < 3; p++)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("type", p == 0 ? "work" : p == 1 ? "mobile" : "home");
                        writer.WriteString("number", "+00 000 000 00" + p.ToString(CultureInfo.InvariantCulture));
                        writer.WriteBoolean("primary", p == 0);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }
                else if (i == 40)
                {
                    writer.WriteStartArray("tags");
                    foreach (var tag in new[] { "remote", "full-time", "engineering", "on-call", "mentor" })
                    {
                        writer.WriteStringValue(tag);
                    }

                    writer.WriteEndArray();
                }
                else if (i == 50)
                {
                    writer.WriteStartArray("teams");
                    for (var t = 0; t < 3; t++)
                    {
                        WriteRef(writer, null, 100 + t);
                    }

                    writer.WriteEndArray();
                }
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteRef(Utf8JsonWriter writer, string? name, int id)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("id", "w-" + id.ToString("000000", CultureInfo.InvariantCulture));
        writer.WriteString("name", "Worker " + id.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("email", "worker" + id.ToString(CultureInfo.InvariantCulture) + "@example.test");
        writer.WriteString("title", "Engineer");
        writer.WriteEndObject();
    }
}
