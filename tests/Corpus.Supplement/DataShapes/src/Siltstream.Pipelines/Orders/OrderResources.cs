using SecureConnectors;

namespace DataShapes.Siltstream.Pipelines.Orders;

// Declarations only: no line here is labelled, so a diagnostic anywhere in this file is a false positive.

[Resource("orders")]
public sealed class Order
{
    [Field("orderId")] public string OrderId { get; init; } = "";
    [Field("customerEmail", Classification = DataClass.Personal)] public string CustomerEmail { get; init; } = "";
    [Field("shippingName", Classification = DataClass.Personal)] public string ShippingName { get; init; } = "";
    [Field("total")] public decimal Total { get; init; }
    [Field("currency", Classification = DataClass.Public)] public string Currency { get; init; } = "";
    [Field("cardLast4", Classification = DataClass.Restricted)] public string CardLast4 { get; init; } = "";
    [Field("placedAt")] public DateTimeOffset PlacedAt { get; init; }
}

// The event the ingest worker publishes: holds the customer's e-mail address.
[Projection(typeof(Order))]
public sealed partial record OrderPlaced(string OrderId, string CustomerEmail, decimal Total, string Currency, DateTimeOffset PlacedAt);

// Totals only, no personal property.
[Projection(typeof(Order))]
public sealed partial record OrderTotals(string OrderId, decimal Total, string Currency);
