using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace AcmeHris;

/// <summary>Acme HRIS's employee resource as the provider documents it: every field, its scope, its sensitivity.</summary>
[Resource("employees")]
public sealed class Employee
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("displayName", Scope = "employees:read")] public string DisplayName { get; init; } = "";
    [Field("department", Scope = "employees:read")] public string Department { get; init; } = "";
    [Field("workEmail", Scope = "employees:read", Classification = DataClass.Personal)] public string WorkEmail { get; init; } = "";
    [Field("homeAddress", Scope = "employees.private:read", Classification = DataClass.Personal)] public string HomeAddress { get; init; } = "";
    [Field("birthDate", Scope = "employees.private:read", Classification = DataClass.Personal)] public DateTime BirthDate { get; init; }
    [Field("nationalId", Scope = "employees.ssn:read", Classification = DataClass.Restricted)] public string NationalId { get; init; } = "";
    [Field("salary", Scope = "compensation:read", Classification = DataClass.Restricted)] public decimal Salary { get; init; }
    [Field("bankAccount", Scope = "compensation:read", Classification = DataClass.Restricted)] public string BankAccount { get; init; } = "";
    [Field("hireDate", Scope = "employees:read")] public DateTimeOffset HireDate { get; init; }
}

/// <summary>What the company directory needs: four fields, one scope. Nothing else is asked for, read or kept.</summary>
[Projection(typeof(Employee))]
public sealed partial record DirectoryEntry(string Id, string DisplayName, string Department, string WorkEmail);

[Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/", FieldsParameter = "fields")]
[Grant("employees:read")]
public partial interface IAcmeHris
{
    [Get("employees/{id}")]
    Task<DirectoryEntry> GetEmployeeAsync(string id, CancellationToken cancellationToken = default);

    [Get("employees")]
    Task<IReadOnlyList<DirectoryEntry>> ListEmployeesAsync([Query("department")] string? department = null, CancellationToken cancellationToken = default);
}
