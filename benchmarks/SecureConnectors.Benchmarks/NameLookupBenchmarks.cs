using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SecureConnectors.Benchmarks.Connectors;
using SecureConnectors.Runtime;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// Finding which of a projection's 5 names each of the 60 property names of a worker record is: the runtime
/// <see cref="JsonPropertyNames"/> table that generated readers use now, against the length-and-byte switch the
/// generator used to emit per projection (kept below as it was generated for <c>WorkerSummary</c> and for the root
/// object of <c>NestedWorkerSummary</c>). Both walk the same tokens; the tokens-only walk is the floor. Nested: every
/// property name of the nested record, at any depth, looked up among the root object's 5 names.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NameLookupBenchmarks
{
    private static readonly JsonPropertyNames Table = new("field00", "field01", "field02", "field03", "field04");
    private static readonly JsonPropertyNames NestedTable = new("n00", "n01", "address", "manager", "phones");
    private byte[] json = Array.Empty<byte>();
    private byte[] nestedJson = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        json = WorkerJson.Create();
        nestedJson = WorkerJson.CreateNested();
    }

    [Benchmark(Baseline = true, Description = "Generated switch, nested names (until 0537d7e)")]
    [BenchmarkCategory("Nested")]
    public int NestedGeneratedSwitch() => CountMatches(nestedJson, new NestedSwitch());

    [Benchmark(Description = "Runtime table, nested names")]
    [BenchmarkCategory("Nested")]
    public int NestedRuntimeTable() => CountMatches(nestedJson, new TableLookup(NestedTable));

    [Benchmark(Baseline = true, Description = "Generated length-and-byte switch (until 0537d7e)")]
    [BenchmarkCategory("Flat")]
    public int GeneratedSwitch() => CountMatches(json, new FlatSwitch());

    [Benchmark(Description = "Runtime JsonPropertyNames table")]
    [BenchmarkCategory("Flat")]
    public int RuntimeTable() => CountMatches(json, new TableLookup(Table));

    [Benchmark(Description = "Tokens only")]
    [BenchmarkCategory("Flat")]
    public int TokensOnly()
    {
        var reader = new Utf8JsonReader(json);
        var found = 0;
        while (reader.Read())
        {
            found += reader.TokenType == JsonTokenType.PropertyName ? 1 : 0;
        }

        return found;
    }

    // Counts the names found, walking every token. Generic over a struct so that the JIT calls each lookup directly:
    // no delegate between the walk and the few nanoseconds being compared.
    private static int CountMatches<TLookup>(byte[] json, TLookup lookup)
        where TLookup : struct, INameLookup
    {
        var reader = new Utf8JsonReader(json);
        var found = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                found += lookup.Match(ref reader) + 1;
            }
        }

        return found;
    }

    private interface INameLookup
    {
        int Match(ref Utf8JsonReader reader);
    }

    private readonly struct TableLookup(JsonPropertyNames names) : INameLookup
    {
        public int Match(ref Utf8JsonReader reader) => names.Match(ref reader);
    }

    private readonly struct FlatSwitch : INameLookup
    {
        public int Match(ref Utf8JsonReader reader) => LengthSwitchNames.Match(ref reader);
    }

    private readonly struct NestedSwitch : INameLookup
    {
        public int Match(ref Utf8JsonReader reader) => NestedLengthSwitchNames.Match(ref reader);
    }

    // What the generator emitted for WorkerSummary before the runtime table replaced it (SecureConnectorsJson.Match0).
    private static class LengthSwitchNames
    {
        public static int Match(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return MatchSlow(ref reader);
            }

            var name = reader.ValueSpan;
            switch (name.Length)
            {
                case 7:
                {
                    switch (name[6])
                    {
                        case 48:
                            if (MemoryExtensions.SequenceEqual(name, Name0)) return 0;
                            return -1;
                        case 49:
                            if (MemoryExtensions.SequenceEqual(name, Name1)) return 1;
                            return -1;
                        case 50:
                            if (MemoryExtensions.SequenceEqual(name, Name2)) return 2;
                            return -1;
                        case 51:
                            if (MemoryExtensions.SequenceEqual(name, Name3)) return 3;
                            return -1;
                        case 52:
                            if (MemoryExtensions.SequenceEqual(name, Name4)) return 4;
                            return -1;
                        default:
                            return -1;
                    }
                }

                default:
                    return -1;
            }
        }

        private static int MatchSlow(ref Utf8JsonReader reader)
        {
            if (reader.ValueTextEquals(Name0)) return 0;
            if (reader.ValueTextEquals(Name1)) return 1;
            if (reader.ValueTextEquals(Name2)) return 2;
            if (reader.ValueTextEquals(Name3)) return 3;
            if (reader.ValueTextEquals(Name4)) return 4;
            return -1;
        }

        private static ReadOnlySpan<byte> Name0 => new byte[] { 102, 105, 101, 108, 100, 48, 48 };

        private static ReadOnlySpan<byte> Name1 => new byte[] { 102, 105, 101, 108, 100, 48, 49 };

        private static ReadOnlySpan<byte> Name2 => new byte[] { 102, 105, 101, 108, 100, 48, 50 };

        private static ReadOnlySpan<byte> Name3 => new byte[] { 102, 105, 101, 108, 100, 48, 51 };

        private static ReadOnlySpan<byte> Name4 => new byte[] { 102, 105, 101, 108, 100, 48, 52 };
    }

    // What the generator emitted for the root object of NestedWorkerSummary (n00, n01, address, manager, phones).
    private static class NestedLengthSwitchNames
    {
        public static int Match(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return MatchSlow(ref reader);
            }

            var name = reader.ValueSpan;
            switch (name.Length)
            {
                case 3:
                {
                    switch (name[2])
                    {
                        case 48:
                            if (MemoryExtensions.SequenceEqual(name, Name0)) return 0;
                            return -1;
                        case 49:
                            if (MemoryExtensions.SequenceEqual(name, Name1)) return 1;
                            return -1;
                        default:
                            return -1;
                    }
                }

                case 6:
                {
                    return MemoryExtensions.SequenceEqual(name, Name4) ? 4 : -1;
                }

                case 7:
                {
                    switch (name[0])
                    {
                        case 97:
                            if (MemoryExtensions.SequenceEqual(name, Name2)) return 2;
                            return -1;
                        case 109:
                            if (MemoryExtensions.SequenceEqual(name, Name3)) return 3;
                            return -1;
                        default:
                            return -1;
                    }
                }

                default:
                    return -1;
            }
        }

        private static int MatchSlow(ref Utf8JsonReader reader)
        {
            if (reader.ValueTextEquals(Name0)) return 0;
            if (reader.ValueTextEquals(Name1)) return 1;
            if (reader.ValueTextEquals(Name2)) return 2;
            if (reader.ValueTextEquals(Name3)) return 3;
            if (reader.ValueTextEquals(Name4)) return 4;
            return -1;
        }

        private static ReadOnlySpan<byte> Name0 => "n00"u8;

        private static ReadOnlySpan<byte> Name1 => "n01"u8;

        private static ReadOnlySpan<byte> Name2 => "address"u8;

        private static ReadOnlySpan<byte> Name3 => "manager"u8;

        private static ReadOnlySpan<byte> Name4 => "phones"u8;
    }
}
