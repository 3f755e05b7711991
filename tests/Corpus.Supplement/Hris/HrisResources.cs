using SecureConnectors;

namespace Corpus.Supplement.Hris;

// Declarations only: no line here is labelled, so a diagnostic anywhere in this file is a false positive.

[Resource("employees")]
public sealed class HrisEmployee
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("preferredName", Scope = "employees:read", Classification = DataClass.Personal)] public string PreferredName { get; init; } = "";
    [Field("workEmail", Scope = "employees:read", Classification = DataClass.Personal)] public string WorkEmail { get; init; } = "";
    [Field("nationalId", Scope = "employees.ssn:read", Classification = DataClass.Restricted)] public string NationalId { get; init; } = "";
    [Field("department", Scope = "employees:read")] public string Department { get; init; } = "";
    [Field("jobTitle", Scope = "employees:read", Classification = DataClass.Public)] public string JobTitle { get; init; } = "";
    [Field("employmentStatus", Scope = "employees:read")] public string EmploymentStatus { get; init; } = "";
    [Field("annualSalary", Scope = "compensation:read", Classification = DataClass.Restricted)] public decimal AnnualSalary { get; init; }
    [Field("homeAddress", Scope = "employees.address:read", Classification = DataClass.Personal)] public HomeAddress? HomeAddress { get; init; }
    [Field("manager", Scope = "employees:read")] public ManagerReference? Manager { get; init; }
    [Field("costCenter", Scope = "employees:read", Classification = DataClass.Internal)] public string CostCenter { get; init; } = "";
}

public sealed class HomeAddress
{
    [Field("city")] public string City { get; init; } = "";
    [Field("postalCode")] public string PostalCode { get; init; } = "";
    [Field("countryCode", Classification = DataClass.Public)] public string CountryCode { get; init; } = "";
}

public sealed class ManagerReference
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("email", Classification = DataClass.Personal)] public string Email { get; init; } = "";
}

// Has a personal property: the record's generated ToString prints it.
[Projection(typeof(HrisEmployee))]
public sealed partial record DirectoryRow(string Id, string PreferredName, string WorkEmail);

// No personal property: Id (Internal), Department (Internal), JobTitle (Public).
[Projection(typeof(HrisEmployee))]
public sealed partial record OrgChartRow(string Id, string Department, string JobTitle);

// A projection class: its ToString is object's, the type name.
[Projection(typeof(HrisEmployee))]
public sealed partial class PayrollView
{
    public string Id { get; init; } = "";
    public string NationalId { get; init; } = "";
    public decimal AnnualSalary { get; init; }
}
