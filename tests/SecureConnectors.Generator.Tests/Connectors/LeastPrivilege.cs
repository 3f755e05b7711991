using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors.LeastPrivilege;

[Resource("people")]
public sealed class Person
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("name", Scope = "people:read", Classification = DataClass.Personal)] public string Name { get; init; } = "";
}

[Projection(typeof(Person))]
public sealed partial record PersonName(string Id, string Name);

[Resource("payslips")]
public sealed class Payslip
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("net", Scope = "payroll:read", Classification = DataClass.Restricted)] public decimal Net { get; init; }
}

[Projection(typeof(Payslip))]
public sealed partial record PayslipTotal(string Id, decimal Net);

public sealed class PersonNote
{
    public string Text { get; set; } = "";
}

/// <summary>Two reads with different scopes and a write: what a least-privilege token provider must tell apart.</summary>
[Connector("test-oauth-hris", BaseUrl = "https://oauth-hris.test.example/v1/")]
[Grant("people:read", "payroll:read", "notes:write")]
public partial interface ITestOAuthHris
{
    [Get("people/{id}")]
    Task<PersonName> GetPersonAsync(string id, CancellationToken cancellationToken = default);

    [Get("payslips/{id}")]
    Task<PayslipTotal> GetPayslipAsync(string id, CancellationToken cancellationToken = default);

    [Post("people/{id}/notes")]
    [Requires("notes:write")]
    Task AddNoteAsync(string id, [Body] PersonNote note, CancellationToken cancellationToken = default);
}

[Resource("people")]
public sealed class MeteredPersonResource
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("name", Scope = "people:read")] public string Name { get; init; } = "";
}

[Projection(typeof(MeteredPersonResource))]
public sealed partial record MeteredPerson(string Id, string Name);

/// <summary>Called only by the metrics tests, so that a listener counts their calls and no other test's.</summary>
[Connector("test-metered", BaseUrl = "https://metered.test.example/")]
[Grant("people:read", "people:write")]
public partial interface ITestMetered
{
    [Get("people/{id}")]
    Task<MeteredPerson> GetPersonAsync(string id, CancellationToken cancellationToken = default);

    [Delete("people/{id}")]
    [Requires("people:write")]
    Task DeletePersonAsync(string id, CancellationToken cancellationToken = default);
}
