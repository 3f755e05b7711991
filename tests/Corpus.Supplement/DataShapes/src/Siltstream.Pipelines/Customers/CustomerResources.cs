using SecureConnectors;

namespace DataShapes.Siltstream.Pipelines.Customers;

// Declarations only: no line here is labelled, so a diagnostic anywhere in this file is a false positive.

[Resource("customers")]
public sealed class Customer
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("email", Classification = DataClass.Personal)] public string Email { get; init; } = "";
    [Field("phone", Classification = DataClass.Personal)] public string Phone { get; init; } = "";
    [Field("fullName", Classification = DataClass.Personal)] public string FullName { get; init; } = "";
    [Field("dateOfBirth", Classification = DataClass.Restricted)] public string DateOfBirth { get; init; } = "";
    [Field("taxId", Classification = DataClass.Restricted)] public string TaxId { get; init; } = "";
    [Field("country", Classification = DataClass.Public)] public string Country { get; init; } = "";
    [Field("segment")] public string Segment { get; init; } = "";
    [Field("billingAddress", Classification = DataClass.Personal)] public BillingAddress? BillingAddress { get; init; }
    [Field("updatedAt")] public DateTimeOffset UpdatedAt { get; init; }
}

public sealed class BillingAddress
{
    [Field("line1")] public string Line1 { get; init; } = "";
    [Field("postalCode")] public string PostalCode { get; init; } = "";
    [Field("country", Classification = DataClass.Public)] public string Country { get; init; } = "";
}

// Has personal properties: the record's generated ToString prints them.
[Projection(typeof(Customer))]
public sealed partial record CustomerExportRow(string Id, string Email, string FullName, string Country);

// No personal property: Id and Segment (Internal), Country (Public).
[Projection(typeof(Customer))]
public sealed partial record CustomerSegmentRow(string Id, string Segment, string Country);
