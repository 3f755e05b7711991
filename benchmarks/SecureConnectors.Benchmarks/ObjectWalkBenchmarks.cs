using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SecureConnectors.Benchmarks.Connectors;
using SecureConnectors.Runtime;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// A projection reader's walk over one 60-field object, reading the 5 names it projects, in the shape the generator
/// emitted until 703a5be (a generated mask test, move and skip per name) against the runtime's
/// <see cref="JsonPropertyNames.Next"/>, which does the three itself so that the generated code is smaller to compile.
/// Both read each value the same way, so the difference is the walk alone.
/// </summary>
[MemoryDiagnoser]
public class ObjectWalkBenchmarks
{
    private static readonly JsonPropertyNames Table = new("field00", "field01", "field02", "field03", "field04");
    private byte[] json = Array.Empty<byte>();

    [Params(0b11111UL, 0b00101UL)]
    public ulong FieldMask { get; set; }

    [GlobalSetup]
    public void Setup() => json = WorkerJson.Create();

    [Benchmark(Baseline = true, Description = "Generated mask test, move and skip per name (until 703a5be)")]
    public int GeneratedSteps()
    {
        var reader = OnObject(json);
        var fieldMask = FieldMask;
        var read = 0;
        while (JsonFieldValue.NextProperty(ref reader))
        {
            switch (Table.Match(ref reader))
            {
                case 0 when (fieldMask & 0x1UL) != 0:
                    JsonFieldValue.MoveToValue(ref reader);
                    read += Consume(ref reader);
                    continue;
                case 1 when (fieldMask & 0x2UL) != 0:
                    JsonFieldValue.MoveToValue(ref reader);
                    read += Consume(ref reader);
                    continue;
                case 2 when (fieldMask & 0x4UL) != 0:
                    JsonFieldValue.MoveToValue(ref reader);
                    read += Consume(ref reader);
                    continue;
                case 3 when (fieldMask & 0x8UL) != 0:
                    JsonFieldValue.MoveToValue(ref reader);
                    read += Consume(ref reader);
                    continue;
                case 4 when (fieldMask & 0x10UL) != 0:
                    JsonFieldValue.MoveToValue(ref reader);
                    read += Consume(ref reader);
                    continue;
            }

            JsonFieldValue.SkipValue(ref reader);
        }

        return read;
    }

    [Benchmark(Description = "JsonPropertyNames.Next")]
    public int RuntimeNext()
    {
        var reader = OnObject(json);
        var fieldMask = FieldMask;
        var read = 0;
        int name0;
        while ((name0 = Table.Next(ref reader, fieldMask)) >= 0)
        {
            switch (name0)
            {
                case 0:
                    read += Consume(ref reader);
                    break;
                case 1:
                    read += Consume(ref reader);
                    break;
                case 2:
                    read += Consume(ref reader);
                    break;
                case 3:
                    read += Consume(ref reader);
                    break;
                case 4:
                    read += Consume(ref reader);
                    break;
            }
        }

        return read;
    }

    private static Utf8JsonReader OnObject(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return reader;
    }

    // The same cheap read for every value: its token type.
    private static int Consume(ref Utf8JsonReader reader) => (int)reader.TokenType;
}
