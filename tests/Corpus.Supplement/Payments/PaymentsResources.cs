using SecureConnectors;

namespace Corpus.Supplement.Payments;

// Declarations only: no line here is labelled.

[Resource("customers")]
public sealed class PaymentCustomer
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("name", Scope = "customers:read", Classification = DataClass.Personal)] public string Name { get; init; } = "";
    [Field("address", Scope = "customers:read", Classification = DataClass.Personal)] public BillingAddress? Address { get; init; }
    [Field("currency", Scope = "customers:read", Classification = DataClass.Public)] public string Currency { get; init; } = "";
    [Field("balance", Scope = "customers:read")] public long Balance { get; init; }
    [Field("tax_id", Scope = "customers.tax:read", Classification = DataClass.Restricted)] public string TaxId { get; init; } = "";
}

public sealed class BillingAddress
{
    [Field("line1")] public string Line1 { get; init; } = "";
    [Field("country", Classification = DataClass.Public)] public string Country { get; init; } = "";
}

/// <summary>What the provider's webhook event carries; plain DTO, not a resource.</summary>
public sealed class WebhookEvent
{
    public string Id { get; init; } = "";
    public string Type { get; init; } = "";
    public long Created { get; init; }
}
