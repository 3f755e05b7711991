using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SecureConnectors.Benchmarks.Connectors;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// The JSON body writer the generator writes for <see cref="IOrdersApi"/> against System.Text.Json source-gen writing
/// the same object to the same bytes (checked in setup). Goal: at least as fast, no more allocation.
/// Default job, 2-core shared EPYC, .NET 10.0.12: source-gen 1.775 us / 680 B, generated 1.646 us / 680 B (ratio 0.93).
/// </summary>
[MemoryDiagnoser]
public class BodyWriterBenchmarks
{
    private OrderRequest order = default!;

    [GlobalSetup]
    public void Setup()
    {
        order = new OrderRequest
        {
            Id = new Guid("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            CustomerEmail = "jenny.rosen@example.com",
            AmountCents = 129_900,
            TaxRate = 0.0825m,
            Currency = "usd",
            Capture = true,
            PlacedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)),
            Shipping = new PostalAddress("510 Townsend St", null, "San Francisco", "94103", "US"),
            Lines = Enumerable.Range(1, 4).Select(i => new OrderLine("SKU-" + i, i, 999 * i, i % 2 == 0 ? null : "Line " + i)).ToList(),
            Metadata = new Dictionary<string, string> { ["order_id"] = "6735", ["channel"] = "web" },
        };

        var generated = Generated();
        var baseline = SystemTextJsonSourceGen();
        if (!generated.AsSpan().SequenceEqual(baseline))
        {
            throw new InvalidOperationException(
                "The two writers disagree:\n" + System.Text.Encoding.UTF8.GetString(generated) + "\n" + System.Text.Encoding.UTF8.GetString(baseline));
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] SystemTextJsonSourceGen() => JsonSerializer.SerializeToUtf8Bytes(order, OrderJsonContext.Default.OrderRequest);

    [Benchmark]
    public byte[] Generated() => OrdersApiRequestWriters.CreateOrderAsync(order)!;
}
