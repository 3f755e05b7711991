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
}
