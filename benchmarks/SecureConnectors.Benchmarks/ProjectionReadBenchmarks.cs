using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SecureConnectors.Benchmarks.Connectors;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// Reading 5 fields of a 60-field record: the generated projection reader against System.Text.Json's
/// source-generated deserialisation of the whole resource (what a client without projections does). Two records:
/// flat (60 scalars) and nested (55 scalars, two objects, three lists; the projection reads an object's field, a
/// dotted path and a list of objects' field). Each category has its own baseline, so ratios compare like with like.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProjectionReadBenchmarks
{
    private byte[] json = System.Array.Empty<byte>();
    private byte[] nestedJson = System.Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        json = WorkerJson.Create();
        nestedJson = WorkerJson.CreateNested();
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen, whole 60-field resource")]
    [BenchmarkCategory("Flat")]
    public Worker WholeResource() => JsonSerializer.Deserialize(json, WorkerJsonContext.Default.Worker)!;

    [Benchmark(Description = "STJ source-gen, 5-field record")]
    [BenchmarkCategory("Flat")]
    public WorkerSummary SystemTextJsonProjection() => JsonSerializer.Deserialize(json, WorkerJsonContext.Default.WorkerSummary)!;

    // The floor for any reader that checks the whole body: tokenising it and nothing else.
    [Benchmark(Description = "Utf8JsonReader, tokens only")]
    [BenchmarkCategory("Flat")]
    public int TokensOnly() => CountTokens(json);

    [Benchmark(Description = "Generated projection reader, 5 fields")]
    [BenchmarkCategory("Flat")]
    public WorkerSummary GeneratedReader()
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return WorkerSummary.ReadJson(ref reader);
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen, whole nested 60-field resource")]
    [BenchmarkCategory("Nested")]
    public NestedWorker WholeNestedResource() => JsonSerializer.Deserialize(nestedJson, NestedWorkerJsonContext.Default.NestedWorker)!;

    [Benchmark(Description = "Utf8JsonReader, tokens only (nested)")]
    [BenchmarkCategory("Nested")]
    public int NestedTokensOnly() => CountTokens(nestedJson);

    [Benchmark(Description = "Generated projection reader, 5 nested fields")]
    [BenchmarkCategory("Nested")]
    public NestedWorkerSummary GeneratedNestedReader()
    {
        var reader = new Utf8JsonReader(nestedJson);
        reader.Read();
        return NestedWorkerSummary.ReadJson(ref reader);
    }

    private static int CountTokens(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }
}
