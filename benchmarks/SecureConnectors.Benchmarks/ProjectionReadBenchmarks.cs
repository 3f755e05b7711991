using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SecureConnectors.Benchmarks.Connectors;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// Reading 5 fields of a 60-field record: the generated projection reader against System.Text.Json's
/// source-generated deserialisation of the whole resource (what a client without projections does).
/// </summary>
[MemoryDiagnoser]
public class ProjectionReadBenchmarks
{
    private byte[] json = System.Array.Empty<byte>();

    [GlobalSetup]
    public void Setup() => json = WorkerJson.Create();

    [Benchmark(Baseline = true, Description = "STJ source-gen, whole 60-field resource")]
    public Worker WholeResource() => JsonSerializer.Deserialize(json, WorkerJsonContext.Default.Worker)!;

    [Benchmark(Description = "STJ source-gen, 5-field record")]
    public WorkerSummary SystemTextJsonProjection() => JsonSerializer.Deserialize(json, WorkerJsonContext.Default.WorkerSummary)!;

    // The floor for any reader that checks the whole body: tokenising it and nothing else.
    [Benchmark(Description = "Utf8JsonReader, tokens only")]
    public int TokensOnly()
    {
        var reader = new Utf8JsonReader(json);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Generated projection reader, 5 fields")]
    public WorkerSummary GeneratedReader()
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return WorkerSummary.ReadJson(ref reader);
    }
}
