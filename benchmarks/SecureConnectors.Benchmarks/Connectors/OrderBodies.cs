using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace SecureConnectors.Benchmarks.Connectors;

/// <summary>A typical write: scalars, a nested object, a list of objects, a map and unset optional fields.</summary>
public sealed class OrderRequest
{
    public Guid Id { get; init; }
    public string CustomerEmail { get; init; } = "";
    public string? Note { get; init; }
    public long AmountCents { get; init; }
    public decimal TaxRate { get; init; }
    public string Currency { get; init; } = "";
    public bool Capture { get; init; }
    public DateTimeOffset PlacedAt { get; init; }
    public int? Priority { get; init; }
    public PostalAddress? Shipping { get; init; }
    public IReadOnlyList<OrderLine> Lines { get; init; } = Array.Empty<OrderLine>();
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
}

public sealed record PostalAddress(string Line1, string? Line2, string City, string PostalCode, string Country);

public sealed record OrderLine(string Sku, int Quantity, long UnitPriceCents, string? Description);

/// <summary>The generated client whose body writer is measured.</summary>
[Connector("orders", BaseUrl = "https://orders.example/")]
[Grant("orders:write")]
public partial interface IOrdersApi
{
    [Post("orders")]
    [Requires("orders:write")]
    Task CreateOrderAsync([Body] OrderRequest order, CancellationToken cancellationToken = default);
}

/// <summary>The baseline: System.Text.Json source generation with the same names and null handling.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OrderRequest))]
public sealed partial class OrderJsonContext : JsonSerializerContext
{
}
